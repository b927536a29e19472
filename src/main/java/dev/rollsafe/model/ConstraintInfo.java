package dev.rollsafe.model;

import java.util.List;

/**
 * A constraint of a replayed table. {@code def.name()} is never null here: an unnamed constraint gets
 * the name the database would give it. {@code validated} is false after {@code ADD ... NOT VALID} until
 * {@code VALIDATE CONSTRAINT}.
 */
public record ConstraintInfo(ConstraintDef def, boolean validated) {

    public String name() {
        return def.name();
    }

    public ConstraintDef.Kind kind() {
        return def.kind();
    }

    public List<String> columns() {
        return def.columns();
    }

    ConstraintInfo withValidated(boolean value) {
        return new ConstraintInfo(def, value);
    }

    ConstraintInfo withName(String name) {
        return withDef(name == null ? def.name() : name, def.columns(), def.refTable(), def.refColumns(),
                def.expression());
    }

    ConstraintInfo withColumns(List<String> columns) {
        return withDef(def.name(), columns, def.refTable(), def.refColumns(), def.expression());
    }

    ConstraintInfo withReference(Name refTable, List<String> refColumns) {
        return withDef(def.name(), def.columns(), refTable, refColumns, def.expression());
    }

    ConstraintInfo withExpression(String expression) {
        return withDef(def.name(), def.columns(), def.refTable(), def.refColumns(), expression);
    }

    private ConstraintInfo withDef(String name, List<String> columns, Name refTable,
                                   List<String> refColumns, String expression) {
        return new ConstraintInfo(new ConstraintDef(name, def.kind(), columns, refTable, refColumns, expression,
                def.usingIndex()), validated);
    }
}
