package dev.rollsafe.release;

/**
 * What the release history says about one migration of the deploy: the input of the history rules.
 *
 * @param kind     what happened
 * @param path     the migration's path relative to the current directory, with '/' (for a deleted
 *                 migration: where the release had it)
 * @param line     the line to report at: the migration's first statement (or its changeset), else 1
 * @param identity the framework's identity of the migration (Flyway version, file name, changeset)
 * @param release  the release concerned: where it shipped (modified, deleted) or where the migration it
 *                 sorts before shipped (out of order)
 * @param other    for OUT_OF_ORDER the identity of the shipped migration it sorts before; else null
 */
public record HistoryFact(Kind kind, String path, int line, String identity, String release, String other) {

    public enum Kind {
        /** Shipped in a release and changed since (beyond white space). */
        MODIFIED,
        /** Shipped in a release and changed since in white space only. */
        MODIFIED_WHITESPACE,
        /** Shipped in a release and gone from the working tree. */
        DELETED,
        /** New, but ordered before a migration a release already ran. */
        OUT_OF_ORDER
    }
}
