package dev.rollsafe.model;

import java.util.List;
import java.util.Optional;

/** A table as the replayed schema knows it. Column lookups ignore case for unquoted names. */
public record Table(Name name, List<ColumnDef> columns, List<ConstraintDef> constraints) {
    public Table {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
    }

    public Optional<ColumnDef> column(String column) {
        for (ColumnDef c : columns) {
            if (c.name().equals(column)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
