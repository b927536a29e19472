package dev.rollsafe.release.history;

/**
 * One migration as a tree holds it: a file, or for Liquibase one changeset.
 *
 * @param layout      the layout id ("flyway", "liquibase", ...)
 * @param identity    layout + ":" + the framework's identity ({@link dev.rollsafe.source.MigrationFile#identity()};
 *                    for a Liquibase changeset its "author:id"): the same when the folder moves
 * @param path        the file, from the repository root, with '/'
 * @param contentHash a hash of the text that deploys (line endings normalised), or null when unreadable
 * @param text        the text: the whole file, or the changeset's deploy part; null when unreadable
 * @param deploy      false for down, undo and revert files (never deploy steps)
 */
public record ShippedMigration(String layout, String identity, String path, String contentHash, String text,
                               boolean deploy) {
}
