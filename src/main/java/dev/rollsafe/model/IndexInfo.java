package dev.rollsafe.model;

import java.util.List;

/**
 * An index the replayed schema knows. {@code columns} are the key parts as written (a column name, or
 * an expression such as {@code lower(email)}); {@code method} is the access method ({@code btree},
 * {@code gin}, ...) or null; {@code constraint} names the PRIMARY KEY, UNIQUE or EXCLUDE constraint this
 * index enforces, or is null for an index made by CREATE INDEX.
 */
public record IndexInfo(String name, Name table, List<String> columns, boolean unique, String method,
                        String constraint) {
    public IndexInfo {
        columns = List.copyOf(columns);
    }

    /** True when this index backs a constraint (dropping the constraint drops the index). */
    public boolean backsConstraint() {
        return constraint != null;
    }

    IndexInfo withName(String newName) {
        return new IndexInfo(newName, table, columns, unique, method, constraint);
    }

    IndexInfo withTable(Name newTable) {
        return new IndexInfo(name, newTable, columns, unique, method, constraint);
    }

    IndexInfo withColumns(List<String> newColumns) {
        return new IndexInfo(name, table, newColumns, unique, method, constraint);
    }

    IndexInfo withConstraint(String newConstraint) {
        return new IndexInfo(name, table, columns, unique, method, newConstraint);
    }
}
