package dev.rollsafe.parse;

/**
 * One use of a table or column by a query (SELECT, INSERT, UPDATE, DELETE) found in application code.
 *
 * @param table         the table, normalised like {@link dev.rollsafe.model.Name} (schema dropped)
 * @param column        the column, normalised the same way, or null for a use of the whole table
 * @param usage         the kind of statement the reference is in
 * @param columnCertain false when the column is unqualified and several tables are in scope: then the
 *                      query yields one reference per candidate table, each uncertain
 */
public record QueryReference(String table, String column, Usage usage, boolean columnCertain) {

    /** The kind of statement a reference is in (an upsert counts as an INSERT). */
    public enum Usage { SELECT, INSERT, UPDATE, DELETE }
}
