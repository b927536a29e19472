package dev.rollsafe.engine;

/**
 * One file that was checked or found: {@code statements} counts every statement read (deploy and down
 * parts alike), {@code unparsed} those not understood. {@code problem} says why a file could not be read
 * (or why it was deliberately skipped), else null.
 */
public record FileReport(String path, String layout, String dialect, int statements, int unparsed, String problem) {
}
