package dev.rollsafe.model;

import dev.rollsafe.model.ConstraintDef.Kind;
import dev.rollsafe.model.UnknownReference.What;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Replays constraint changes: ADD (with the name the database would give, the index behind a PRIMARY KEY /
 * UNIQUE / EXCLUDE, NOT NULL on key columns, MySQL's foreign-key index), DROP, VALIDATE and RENAME.
 */
final class ConstraintReplay {

    private final Replay r;

    ConstraintReplay(Replay replay) {
        this.r = replay;
    }

    /**
     * Adds a constraint to the table (replacing one of the same name) and what comes with it: a name when
     * it has none, the index behind a PRIMARY KEY / UNIQUE / EXCLUDE, NOT NULL on primary-key columns.
     */
    Table addConstraint(Table table, ConstraintDef def, boolean notValid, Change change) {
        Table t = table;
        IndexInfo adopted = null;
        List<String> columns = def.columns();
        boolean indexBacked = def.kind() == Kind.PRIMARY_KEY || def.kind() == Kind.UNIQUE;
        if (def.usingIndex() != null && indexBacked) {
            // PostgreSQL: only a plain index can become a PRIMARY KEY or UNIQUE constraint
            adopted = t.index(def.usingIndex()).filter(i -> !i.backsConstraint()).orElse(null);
            if (adopted == null) {
                if (t.known()) {
                    r.unknown(What.INDEX, t.name(), def.usingIndex(), change);
                }
            } else {
                t = t.withoutIndex(adopted.name());
                columns = columns.isEmpty() ? adopted.columns() : columns;
            }
        }
        ConstraintDef withColumns = new ConstraintDef(def.name(), def.kind(), columns, def.refTable(),
                def.refColumns(), def.expression(), def.usingIndex());
        String name = r.dialect.isMySqlFamily() && def.kind() == Kind.PRIMARY_KEY ? "PRIMARY"
                : def.name() != null ? def.name()
                : adopted != null ? adopted.name()
                : DefaultNames.constraint(r.dialect, t, withColumns, r.constraintNameTaken(t));
        if (def.kind() == Kind.PRIMARY_KEY) {
            Optional<ConstraintInfo> oldPk = t.primaryKey();
            if (oldPk.isPresent()) {
                t = t.withoutConstraintAndIndex(oldPk.get().name());
            }
        }
        t = t.withoutConstraintAndIndex(name);
        if (def.kind() == Kind.PRIMARY_KEY || def.kind() == Kind.UNIQUE || def.kind() == Kind.EXCLUDE) {
            t = r.freeIndexName(t, name);
        }
        ConstraintDef named = new ConstraintDef(name, def.kind(), columns, def.refTable(), def.refColumns(),
                def.expression(), def.usingIndex());
        t = t.withConstraint(new ConstraintInfo(named, !notValid));
        String method = adopted == null ? null : adopted.method();
        switch (def.kind()) {
            case PRIMARY_KEY:
                t = t.withNotNull(columns);
                t = t.withIndex(new IndexInfo(name, t.name(), columns, true, method, name));
                break;
            case UNIQUE:
                t = t.withIndex(new IndexInfo(name, t.name(), columns, true, method, name));
                break;
            case EXCLUDE:
                t = t.withIndex(new IndexInfo(name, t.name(), columns, false, method, name));
                break;
            case NOT_NULL:
                t = notValid ? t : t.withNotNull(columns);
                break;
            case FOREIGN_KEY:
                if (def.refTable() != null && !t.isSelf(def.refTable()) && r.table(def.refTable()) == null) {
                    r.unknown(What.TABLE, def.refTable(), def.refTable().toString(), change);
                }
                t = withForeignKeyIndex(t, def.name(), columns);
                break;
            case CHECK:
            default:
                break;
        }
        return t;
    }

    /**
     * MySQL (InnoDB) needs an index that starts with a foreign key's columns and creates one when there is
     * none, named after the constraint when it is named, else after its first column.
     */
    Table withForeignKeyIndex(Table t, String constraintName, List<String> columns) {
        if (!r.dialect.isMySqlFamily() || columns.isEmpty()) {
            return t;
        }
        for (IndexInfo i : t.indexes()) {
            if (i.columns().size() >= columns.size() && i.columns().subList(0, columns.size()).equals(columns)) {
                return t;
            }
        }
        String name = constraintName != null && t.index(constraintName).isEmpty() ? constraintName
                : DefaultNames.index(r.dialect, t, columns, r.indexNameTaken(t));
        return t.withIndex(new IndexInfo(name, t.name(), columns, false, null, null));
    }

    /** Constraints a column definition declares inline (UNIQUE, REFERENCES) unless the table list has them. */
    Table addInlineConstraints(Table table, ColumnDef c, List<ConstraintDef> declared, Change change) {
        Table t = table;
        List<String> cols = List.of(c.name());
        if (c.unique() && !declares(t, declared, Kind.UNIQUE, cols)) {
            t = addConstraint(t, unnamed(Kind.UNIQUE, cols, null), false, change);
        }
        // MySQL parses and ignores a column-level REFERENCES: only a table-level FOREIGN KEY makes one
        if (c.references() != null && !r.dialect.isMySqlFamily() && !declares(t, declared, Kind.FOREIGN_KEY, cols)) {
            t = addConstraint(t, unnamed(Kind.FOREIGN_KEY, cols, c.references()), false, change);
        }
        return t;
    }

    private static boolean declares(Table t, List<ConstraintDef> declared, Kind kind, List<String> columns) {
        return declared.stream().anyMatch(d -> d.kind() == kind && d.columns().equals(columns))
                || t.constraintInfos().stream().anyMatch(d -> d.kind() == kind && d.columns().equals(columns));
    }

    static ConstraintDef unnamed(Kind kind, List<String> columns, Name refTable) {
        return new ConstraintDef(null, kind, columns, refTable, List.of(), null, null);
    }

    void dropConstraint(Change.DropConstraint dc) {
        Table t = r.alterTarget(dc.table(), dc);
        Optional<ConstraintInfo> found = dc.name() != null ? t.constraint(dc.name())
                : dc.kind() == Kind.PRIMARY_KEY ? t.primaryKey() : Optional.empty();
        if (found.isEmpty() && dc.kind() == Kind.PRIMARY_KEY) {
            found = t.primaryKey();
        }
        if (found.isPresent()) {
            ConstraintInfo c = found.get();
            t = t.withoutConstraintAndIndex(c.name());
            if (c.kind() == Kind.NOT_NULL) {
                for (String col : c.columns()) {
                    Optional<ColumnDef> d = t.column(col);
                    if (d.isPresent() && !t.inPrimaryKey(col)) {
                        t = t.withColumn(d.get().withNotNull(false));
                    }
                }
            }
            r.put(t);
            return;
        }
        // MySQL: DROP CONSTRAINT (8.0.19+) and DROP KEY also reach a plain unique index by its name
        if (r.dialect.isMySqlFamily() && dc.name() != null && t.index(dc.name()).isPresent()) {
            r.put(t.withoutIndexAndConstraint(t.index(dc.name()).get()));
            return;
        }
        if (!dc.ifExists() && t.known()) {
            String label = dc.name() != null ? dc.name()
                    : dc.kind() == null ? "(unnamed)" : dc.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            r.unknown(What.CONSTRAINT, t.name(), label, dc);
        }
    }

    void validateConstraint(Change.ValidateConstraint vc) {
        Table t = r.alterTarget(vc.table(), vc);
        Optional<ConstraintInfo> c = t.constraint(vc.name());
        if (c.isEmpty()) {
            if (t.known()) {
                r.unknown(What.CONSTRAINT, t.name(), vc.name(), vc);
            }
            return;
        }
        t = t.withConstraint(c.get().withValidated(true));
        if (c.get().kind() == Kind.NOT_NULL) {
            t = t.withNotNull(c.get().columns());
        }
        r.put(t);
    }

    void renameConstraint(Change.RenameConstraint rc) {
        Table t = r.alterTarget(rc.table(), rc);
        Optional<ConstraintInfo> c = t.constraint(rc.from());
        if (c.isEmpty()) {
            if (t.known()) {
                r.unknown(What.CONSTRAINT, t.name(), rc.from(), rc);
            }
            return;
        }
        if (!rc.from().equals(rc.to())) {
            t = t.withoutConstraintAndIndex(rc.to());
            if (t.indexes().stream().anyMatch(i -> rc.from().equals(i.constraint()))) {
                t = r.freeIndexName(t, rc.to());
            }
        }
        r.put(t.withConstraintAndIndexRenamed(rc.from(), rc.to()));
    }
}
