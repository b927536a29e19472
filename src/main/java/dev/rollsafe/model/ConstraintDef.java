package dev.rollsafe.model;

import java.util.List;

/**
 * A table constraint. {@code name} may be null (unnamed); {@code columns} the constrained columns;
 * for a foreign key {@code refTable}/{@code refColumns}; for a check {@code expression};
 * {@code usingIndex} is the index named by PostgreSQL's {@code ADD ... USING INDEX}, else null.
 */
public record ConstraintDef(
        String name,
        Kind kind,
        List<String> columns,
        Name refTable,
        List<String> refColumns,
        String expression,
        String usingIndex) implements java.io.Serializable {

    public enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUDE, NOT_NULL }

    public ConstraintDef {
        columns = List.copyOf(columns);
        refColumns = refColumns == null ? List.of() : List.copyOf(refColumns);
    }
}
