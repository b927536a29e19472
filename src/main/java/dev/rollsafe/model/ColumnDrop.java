package dev.rollsafe.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What DROP COLUMN does to the rest of a table. PostgreSQL drops every index and constraint that involves
 * the column (multi-column ones too). MySQL removes the column from each index and drops an index only
 * when no column is left (or when an expression part used the column); constraints behind an index follow
 * their index. In both, a foreign key or CHECK that involves the column is dropped.
 */
record ColumnDrop(Dialect dialect, String column) {

    Table apply(Table table) {
        List<IndexInfo> kept = new ArrayList<>();
        for (IndexInfo i : table.indexes()) {
            List<String> parts = remainingParts(i.columns());
            if (parts != null) {
                kept.add(parts.equals(i.columns()) ? i : i.withColumns(parts));
            }
        }
        List<ConstraintInfo> constraints = new ArrayList<>();
        for (ConstraintInfo c : table.constraintInfos()) {
            Optional<IndexInfo> backing = table.indexes().stream().filter(i -> c.name().equals(i.constraint())).findFirst();
            if (backing.isPresent()) {
                kept.stream().filter(i -> i.name().equals(backing.get().name())).findFirst()
                        .ifPresent(i -> constraints.add(i.columns().equals(c.columns()) ? c : c.withColumns(i.columns())));
            } else if (c.columns().stream().noneMatch(p -> ColumnRefs.mentions(p, column))
                    && !ColumnRefs.mentions(c.def().expression(), column)) {
                constraints.add(c);
            }
        }
        return table.withoutColumn(column).withIndexes(kept).withConstraints(constraints);
    }

    /** The key parts left after the drop, or null when the index goes. */
    private List<String> remainingParts(List<String> parts) {
        if (!dialect.isMySqlFamily()) {
            return parts.stream().anyMatch(p -> ColumnRefs.mentions(p, column)) ? null : parts;
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String plain = ColumnRefs.plainColumn(p);
            if (plain == null && ColumnRefs.mentions(p, column)) {
                return null;
            }
            if (plain == null || !plain.equals(column)) {
                out.add(p);
            }
        }
        return out.isEmpty() ? null : out;
    }
}
