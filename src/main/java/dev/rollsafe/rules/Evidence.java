package dev.rollsafe.rules;

/** A place that supports a finding: for release verdicts, the code of a release that still uses an object. */
public record Evidence(String release, String path, int line, String text) {
}
