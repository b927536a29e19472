package dev.rollsafe.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table as the replayed schema knows it. Immutable; the package-private {@code with...} methods return
 * changed copies for the replay.
 *
 * @param name            the table's name as first written (possibly schema-qualified, for display)
 * @param known           false for a placeholder: the replay met an ALTER (or similar) of a table no
 *                        earlier migration created, so its earlier columns, constraints and indexes are
 *                        unknown; what later statements add is still recorded
 * @param temporary       created by CREATE TEMPORARY TABLE
 * @param columns         in definition order; column names match exactly (the parser normalised them)
 * @param constraintInfos constraints with their validation state, every one named (see {@link ConstraintInfo})
 * @param indexes         indexes on this table, including those that back PRIMARY KEY / UNIQUE constraints
 * @param options         table options by lower-case name ({@code engine}, {@code charset}, ...), unordered;
 *                        an option set without a value maps to the empty string
 * @param sequences       PostgreSQL sequences the table's serial columns own, by column name (dropped with
 *                        the column or the table)
 */
public record Table(Name name, boolean known, boolean temporary, List<ColumnDef> columns,
                    List<ConstraintInfo> constraintInfos, List<IndexInfo> indexes, Map<String, String> options,
                    Map<String, String> sequences) {

    public Table {
        columns = List.copyOf(columns);
        constraintInfos = List.copyOf(constraintInfos);
        indexes = List.copyOf(indexes);
        options = Map.copyOf(options);
        sequences = Map.copyOf(sequences);
    }

    /** A known, permanent table whose constraints are all validated and which has no indexes yet. */
    public Table(Name name, List<ColumnDef> columns, List<ConstraintDef> constraints) {
        this(name, true, false, columns, constraints.stream().map(c -> new ConstraintInfo(c, true)).toList(),
                List.of(), Map.of(), Map.of());
    }

    static Table placeholder(Name name) {
        return new Table(name, false, false, List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    /** The constraint definitions (every one named). */
    public List<ConstraintDef> constraints() {
        return constraintInfos.stream().map(ConstraintInfo::def).toList();
    }

    public Optional<ColumnDef> column(String column) {
        for (ColumnDef c : columns) {
            if (c.name().equals(column)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public boolean hasColumn(String column) {
        return column(column).isPresent();
    }

    public Optional<ConstraintInfo> constraint(String constraintName) {
        for (ConstraintInfo c : constraintInfos) {
            if (c.name().equals(constraintName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<ConstraintInfo> primaryKey() {
        for (ConstraintInfo c : constraintInfos) {
            if (c.kind() == ConstraintDef.Kind.PRIMARY_KEY) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<IndexInfo> index(String indexName) {
        for (IndexInfo i : indexes) {
            if (i.name().equals(indexName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public Optional<String> option(String optionName) {
        return Optional.ofNullable(options.get(optionName));
    }

    /** True when the column is part of the primary key. */
    public boolean inPrimaryKey(String column) {
        return primaryKey().map(pk -> pk.columns().contains(column)).orElse(false);
    }

    // ---------------------------------------------------------------- changed copies, for the replay

    Table withName(Name newName) {
        return new Table(newName, known, temporary, columns, constraintInfos,
                map(indexes, i -> i.withTable(newName)), options, sequences);
    }

    /** Adds the column, or replaces the one with the same name in place. */
    Table withColumn(ColumnDef column) {
        return withColumnReplaced(column.name(), column);
    }

    /** Replaces column {@code oldName} in place by {@code column} (appends it when there is none). */
    Table withColumnReplaced(String oldName, ColumnDef column) {
        List<ColumnDef> next = new ArrayList<>(columns);
        int at = indexOf(columns, c -> c.name().equals(oldName));
        if (at < 0) {
            next.add(column);
        } else {
            next.set(at, column);
        }
        return withColumns(next);
    }

    Table withoutColumn(String column) {
        return withColumns(columns.stream().filter(c -> !c.name().equals(column)).toList());
    }

    Table withColumns(List<ColumnDef> newColumns) {
        return new Table(name, known, temporary, newColumns, constraintInfos, indexes, options, sequences);
    }

    /** Adds the constraint, or replaces the one with the same name in place. */
    Table withConstraint(ConstraintInfo constraint) {
        List<ConstraintInfo> next = new ArrayList<>(constraintInfos);
        int at = indexOf(constraintInfos, c -> c.name().equals(constraint.name()));
        if (at < 0) {
            next.add(constraint);
        } else {
            next.set(at, constraint);
        }
        return withConstraints(next);
    }

    Table withoutConstraint(String constraintName) {
        return withConstraints(constraintInfos.stream().filter(c -> !c.name().equals(constraintName)).toList());
    }

    Table withConstraints(List<ConstraintInfo> newConstraints) {
        return new Table(name, known, temporary, columns, newConstraints, indexes, options, sequences);
    }

    /** Adds the index, or replaces the one with the same name in place. */
    Table withIndex(IndexInfo index) {
        List<IndexInfo> next = new ArrayList<>(indexes);
        int at = indexOf(indexes, i -> i.name().equals(index.name()));
        if (at < 0) {
            next.add(index);
        } else {
            next.set(at, index);
        }
        return withIndexes(next);
    }

    Table withoutIndex(String indexName) {
        return withIndexes(indexes.stream().filter(i -> !i.name().equals(indexName)).toList());
    }

    Table withIndexes(List<IndexInfo> newIndexes) {
        return new Table(name, known, temporary, columns, constraintInfos, newIndexes, options, sequences);
    }

    Table withOption(String option, String value) {
        Map<String, String> next = new LinkedHashMap<>(options);
        next.put(option, value);
        return new Table(name, known, temporary, columns, constraintInfos, indexes, next, sequences);
    }

    /** Records that the column owns the sequence (or, with null, owns none). */
    Table withSequence(String column, String sequence) {
        Map<String, String> next = new LinkedHashMap<>(sequences);
        if (sequence == null) {
            next.remove(column);
        } else {
            next.put(column, sequence);
        }
        return new Table(name, known, temporary, columns, constraintInfos, indexes, options, next);
    }

    /** Sets NOT NULL on those of the columns the table has. */
    Table withNotNull(List<String> notNullColumns) {
        Table t = this;
        for (String col : notNullColumns) {
            Optional<ColumnDef> c = t.column(col);
            if (c.isPresent() && !c.get().notNull()) {
                t = t.withColumn(c.get().withNotNull(true));
            }
        }
        return t;
    }

    /** Without the constraint and the index that backs it. */
    Table withoutConstraintAndIndex(String constraintName) {
        Table t = withoutConstraint(constraintName);
        for (IndexInfo i : indexes) {
            if (constraintName.equals(i.constraint())) {
                t = t.withoutIndex(i.name());
            }
        }
        return t;
    }

    /** Without the index and the constraint it backs. */
    Table withoutIndexAndConstraint(IndexInfo index) {
        Table t = withoutIndex(index.name());
        return index.backsConstraint() ? t.withoutConstraint(index.constraint()) : t;
    }

    /** With a constraint and the index behind it (they share their name) renamed. */
    Table withConstraintAndIndexRenamed(String from, String to) {
        return withConstraints(map(constraintInfos, c -> c.name().equals(from) ? c.withName(to) : c))
                .withIndexes(map(indexes, i -> from.equals(i.constraint()) ? i.withName(to).withConstraint(to) : i));
    }

    /**
     * Renames a column everywhere in this table: its definition, index key parts, constraint columns and
     * CHECKs (foreign keys that reference it, here or elsewhere, are the schema's business).
     */
    Table withColumnRenamed(String from, String to) {
        List<ColumnDef> cols = map(columns, c -> c.name().equals(from) ? c.withName(to) : c);
        List<IndexInfo> idx = map(indexes, i -> i.withColumns(map(i.columns(), p -> ColumnRefs.rename(p, from, to))));
        List<ConstraintInfo> cons = map(constraintInfos, c -> c.withColumns(map(c.columns(),
                p -> ColumnRefs.rename(p, from, to))).withExpression(ColumnRefs.rename(c.def().expression(), from, to)));
        Map<String, String> seqs = sequences;
        if (sequences.containsKey(from)) {
            Map<String, String> next = new LinkedHashMap<>(sequences);
            next.put(to, next.remove(from));
            seqs = next;
        }
        return new Table(name, known, temporary, cols, cons, idx, options, seqs);
    }

    /** True when {@code other} names this table (compared unqualified, as the schema looks tables up). */
    boolean isSelf(Name other) {
        return other != null && other.name().equals(name.name());
    }

    private static <T> int indexOf(List<T> list, Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        List<R> out = new ArrayList<>(list.size());
        for (T t : list) {
            out.add(f.apply(t));
        }
        return out;
    }
}
