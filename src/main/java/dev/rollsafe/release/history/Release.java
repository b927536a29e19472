package dev.rollsafe.release.history;

/**
 * A release: a tag matching the release pattern, peeled to its commit.
 *
 * @param tag     the tag name (without refs/tags/)
 * @param version its version, which orders releases
 * @param commit  the commit id (40 hex)
 */
public record Release(String tag, ReleaseVersion version, String commit) {
}
