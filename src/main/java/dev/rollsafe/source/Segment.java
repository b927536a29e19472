package dev.rollsafe.source;

/**
 * A part of a migration file's text that the framework runs as a unit: the up part of a goose or dbmate
 * file, one Liquibase changeset, a goose StatementBegin/End block, or the whole file.
 *
 * @param start           char offset of the segment's first character in the file's text
 * @param end             char offset after its last character
 * @param deploy          false for down, undo, rollback and revert parts (parsed, never deploy steps)
 * @param transactional   whether the framework runs this segment inside a transaction, as far as its layout and
 *                        metadata say; the engine's TransactionModes refines it once the statements are known
 *                        (Flyway and golang-migrate decide from the statements)
 * @param singleStatement true when the framework sends the segment as one statement (goose
 *                        StatementBegin/End, Liquibase splitStatements:false): do not split it on ';'
 * @param delimiter       the statement delimiter the framework uses here, or null for ';'
 * @param label           what the framework calls this unit (a changeset "author:id", "up", "down"), or null
 */
public record Segment(int start, int end, boolean deploy, boolean transactional, boolean singleStatement,
                      String delimiter, String label) {
    public Segment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment " + start + ".." + end);
        }
    }
}
