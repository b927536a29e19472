package dev.rollsafe.model;

import dev.rollsafe.model.ConstraintDef.Kind;
import dev.rollsafe.model.UnknownReference.What;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Replays column changes: ADD, DROP (with what it takes along, see {@link ColumnDrop}), RENAME (through
 * indexes, constraints and the foreign keys that reference it), type, nullability, default, and MySQL's
 * MODIFY / CHANGE.
 */
final class ColumnReplay {

    private final Replay r;

    ColumnReplay(Replay replay) {
        this.r = replay;
    }

    void addColumn(Change.AddColumn ac) {
        Table t = r.alterTarget(ac.table(), ac);
        ColumnDef c = ac.column();
        if (t.hasColumn(c.name()) && ac.ifNotExists()) {
            return;
        }
        t = r.withSerialSequence(t.withColumn(c.primaryKey() ? c.withNotNull(true) : c), c);
        if (c.primaryKey()) {
            t = r.constraints.addConstraint(t, ConstraintReplay.unnamed(Kind.PRIMARY_KEY, List.of(c.name()), null), false, ac);
        }
        r.put(r.constraints.addInlineConstraints(t, c, List.of(), ac));
    }

    void dropColumn(Change.DropColumn dc) {
        Table t = r.alterTarget(dc.table(), dc);
        if (!t.hasColumn(dc.column())) {
            if (!dc.ifExists() && t.known()) {
                r.unknown(What.COLUMN, t.name(), dc.column(), dc);
            }
            return;
        }
        r.put(withoutColumn(t, dc.column()));
        if (dc.cascade()) {
            r.editForeignKeys(t.name(), fk -> fk.def().refColumns().contains(dc.column()) ? null : fk);
        }
    }

    void renameColumn(Change.RenameColumn rc) {
        Table t = r.alterTarget(rc.table(), rc);
        if (!t.hasColumn(rc.from())) {
            if (t.known()) {
                r.unknown(What.COLUMN, t.name(), rc.from(), rc);
            }
            return;
        }
        r.put(withoutClash(t, rc.from(), rc.to()).withColumnRenamed(rc.from(), rc.to()));
        renameReferencedColumn(t.name(), rc.from(), rc.to());
    }

    void redefineColumn(Change.RedefineColumn rd) {
        Table t = r.alterTarget(rd.table(), rd);
        ColumnDef c = rd.column();
        if (!t.hasColumn(rd.oldName())) {
            if (t.known()) {
                r.unknown(What.COLUMN, t.name(), rd.oldName(), rd);
            }
        } else if (rd.renames()) {
            t = withoutClash(t, rd.oldName(), c.name()).withColumnRenamed(rd.oldName(), c.name());
        }
        boolean newPk = c.primaryKey() && !t.inPrimaryKey(c.name());
        if (c.primaryKey() || t.inPrimaryKey(c.name())) {
            c = c.withNotNull(true);
        }
        t = t.withColumnReplaced(c.name(), c);
        if (newPk) {
            t = r.constraints.addConstraint(t, ConstraintReplay.unnamed(Kind.PRIMARY_KEY, List.of(c.name()), null), false, rd);
        }
        r.put(r.constraints.addInlineConstraints(t, c, List.of(), rd));
        if (rd.renames()) {
            renameReferencedColumn(t.name(), rd.oldName(), c.name());
        }
    }

    /**
     * A rename onto a name another column has would fail in the database; the replay lets the latest
     * statement win, as it does for CREATE TABLE of an existing table: the other column goes first.
     */
    private Table withoutClash(Table t, String from, String to) {
        return !from.equals(to) && t.hasColumn(to) ? withoutColumn(t, to) : t;
    }

    /** The table without the column, what only it held (see {@link ColumnDrop}) and the sequence it owned. */
    private Table withoutColumn(Table t, String column) {
        return new ColumnDrop(r.dialect, column).apply(r.dropOwnedSequences(t, column));
    }

    /** Applies {@code edit} to one column; an unknown column is recorded (for a known table) and left alone. */
    void editColumn(Name table, String column, Change change, UnaryOperator<ColumnDef> edit) {
        Table t = r.alterTarget(table, change);
        Optional<ColumnDef> c = t.column(column);
        if (c.isEmpty()) {
            if (t.known()) {
                r.unknown(What.COLUMN, t.name(), column, change);
            }
            return;
        }
        r.put(t.withColumn(edit.apply(c.get())));
    }

    private void renameReferencedColumn(Name table, String from, String to) {
        r.editForeignKeys(table, fk -> fk.withReference(fk.def().refTable(),
                fk.def().refColumns().stream().map(p -> p.equals(from) ? to : p).toList()));
    }
}
