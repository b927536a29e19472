package dev.rollsafe.model;

/**
 * A column as a statement defines it. {@code defaultExpression} is the default's SQL text or null;
 * {@code notNull} includes an implied NOT NULL from PRIMARY KEY; {@code generated} covers identity,
 * serial types, AUTO_INCREMENT and generated (computed) columns, which fill themselves on insert.
 */
public record ColumnDef(
        String name,
        DataType type,
        boolean notNull,
        String defaultExpression,
        boolean primaryKey,
        boolean unique,
        boolean generated,
        Name references) implements java.io.Serializable {

    public boolean hasDefault() {
        return defaultExpression != null;
    }

    /** True when an INSERT that omits this column fails: NOT NULL, no default, not self-filling. */
    public boolean requiredOnInsert() {
        return notNull && defaultExpression == null && !generated;
    }

    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, type, notNull, defaultExpression, primaryKey, unique, generated, references);
    }

    public ColumnDef withType(DataType newType) {
        return new ColumnDef(name, newType, notNull, defaultExpression, primaryKey, unique, generated, references);
    }

    public ColumnDef withNotNull(boolean value) {
        return new ColumnDef(name, type, value, defaultExpression, primaryKey, unique, generated, references);
    }

    public ColumnDef withDefault(String expression) {
        return new ColumnDef(name, type, notNull, expression, primaryKey, unique, generated, references);
    }
}
