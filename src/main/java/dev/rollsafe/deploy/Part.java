package dev.rollsafe.deploy;

/** A piece of a command as written: its text and the 1-based line it is on. */
public record Part(String text, int line) {
}
