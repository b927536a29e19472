package dev.rollsafe.release;

/** A code reference and where it was found: a release tag, or {@code HEAD} for the code being checked. */
public record ReleaseReference(String release, Reference reference) {
    public static final String HEAD = "HEAD";
}
