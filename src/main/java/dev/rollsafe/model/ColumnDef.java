package dev.rollsafe.model;

/**
 * A column as a statement defines it. {@code defaultExpression} is the default's SQL text or null;
 * {@code notNull} includes an implied NOT NULL from PRIMARY KEY; {@code generated} covers identity,
 * serial types, AUTO_INCREMENT and generated (computed) columns, which fill themselves on insert;
 * {@code computed} tells the last kind apart ({@code GENERATED ALWAYS AS (expr) STORED}, MySQL
 * {@code AS (expr)}): a value derived from other columns, not a number drawn from a sequence.
 */
public record ColumnDef(
        String name,
        DataType type,
        boolean notNull,
        String defaultExpression,
        boolean primaryKey,
        boolean unique,
        boolean generated,
        Name references,
        boolean computed) implements java.io.Serializable {

    /** A column that is not computed from an expression. */
    public ColumnDef(String name, DataType type, boolean notNull, String defaultExpression, boolean primaryKey,
                     boolean unique, boolean generated, Name references) {
        this(name, type, notNull, defaultExpression, primaryKey, unique, generated, references, false);
    }

    /** True for a column that numbers itself: identity, serial or AUTO_INCREMENT (not a computed column). */
    public boolean identity() {
        return generated && !computed;
    }

    public boolean hasDefault() {
        return defaultExpression != null;
    }

    /** True when an INSERT that omits this column fails: NOT NULL, no default, not self-filling. */
    public boolean requiredOnInsert() {
        return notNull && defaultExpression == null && !generated;
    }

    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, type, notNull, defaultExpression, primaryKey, unique, generated, references, computed);
    }

    public ColumnDef withType(DataType newType) {
        return new ColumnDef(name, newType, notNull, defaultExpression, primaryKey, unique, generated, references, computed);
    }

    public ColumnDef withNotNull(boolean value) {
        return new ColumnDef(name, type, value, defaultExpression, primaryKey, unique, generated, references, computed);
    }

    public ColumnDef withDefault(String expression) {
        return new ColumnDef(name, type, notNull, expression, primaryKey, unique, generated, references, computed);
    }
}
