package dev.rollsafe.release;

/**
 * A place in code that uses a table or one of its columns: the expand/contract evidence.
 *
 * @param table      the table, normalised like {@link dev.rollsafe.model.Name} (unquoted, lower case unless
 *                   quoted), without schema
 * @param column     the column, normalised the same way, or null for a use of the whole table
 * @param usage      how the code uses it
 * @param path       the file, relative to the repository root, with '/'
 * @param line       1-based line of the reference (the line of the SQL string, the {@code @Column} line, ...)
 * @param text       that line, trimmed (at most 200 chars)
 * @param confidence how sure the finder is that this is a use of exactly this table and column
 * @param finder     which finder found it (e.g. "sql-string", "jpa", "mybatis", "go-tag")
 */
public record Reference(String table, String column, Usage usage, String path, int line, String text,
                        Confidence confidence, String finder) {

    /** How code uses a table or column. {@link #MAPPED} is an ORM mapping: read, and written on insert. */
    public enum Usage { SELECT, INSERT, UPDATE, DELETE, MAPPED, OTHER }

    /**
     * EXACT: table and column known; LIKELY: the column in a statement or class whose table is known from
     * context; WEAK: a bare name. Only exact and likely references make an error; a weak one at most a note.
     */
    public enum Confidence { EXACT, LIKELY, WEAK }
}
