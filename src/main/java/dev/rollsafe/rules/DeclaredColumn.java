package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.DataType;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A column type a statement declares, for the column-type style rules: each column of a CREATE TABLE, each
 * ADD COLUMN and each ALTER COLUMN TYPE (procedural blocks opened).
 *
 * @param table    the table
 * @param column   the column
 * @param type     the declared type
 * @param key      a primary key column, an identity or serial column, or a foreign key column: declared so in the
 *                 statement (inline, or as a table constraint of the same statement), or, for ALTER COLUMN TYPE,
 *                 known so from the replayed schema
 * @param declared true for a column the statement defines (CREATE TABLE, ADD COLUMN), false for a type change
 */
record DeclaredColumn(Name table, String column, DataType type, boolean key, boolean declared) {

    /** The declared column types of the context's statement, in order; columns without a type are left out. */
    static List<DeclaredColumn> of(StatementContext context) {
        List<Change> changes = Contracts.of(context.statement().changes());
        List<DeclaredColumn> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.CreateTable ct) {
                for (ColumnDef col : ct.columns()) {
                    add(out, ct.table(), col.name(), col.type(),
                            keyByItself(col) || inKeyConstraint(ct.constraints(), col.name())
                                    || inKeyConstraint(statementConstraints(changes, ct.table()), col.name()),
                            true);
                }
            } else if (c instanceof Change.AddColumn ac) {
                ColumnDef col = ac.column();
                add(out, ac.table(), col.name(), col.type(),
                        keyByItself(col) || inKeyConstraint(statementConstraints(changes, ac.table()), col.name()),
                        true);
            } else if (c instanceof Change.AlterColumnType act) {
                add(out, act.table(), act.column(), act.type(),
                        keyBefore(context, act.table(), act.column())
                                || inKeyConstraint(statementConstraints(changes, act.table()), act.column()),
                        false);
            }
        }
        return out;
    }

    private static void add(List<DeclaredColumn> out, Name table, String column, DataType type, boolean key,
                            boolean declared) {
        if (type != null && column != null) {
            out.add(new DeclaredColumn(table, column, type, key, declared));
        }
    }

    private static boolean keyByItself(ColumnDef col) {
        return col.primaryKey() || col.identity() || col.references() != null;
    }

    /** The constraints ALTER TABLE ... ADD CONSTRAINT adds to the table in the same statement. */
    private static List<ConstraintDef> statementConstraints(List<Change> changes, Name table) {
        List<ConstraintDef> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.AddConstraint ac && ac.table().equals(table)) {
                out.add(ac.constraint());
            }
        }
        return out;
    }

    private static boolean inKeyConstraint(List<ConstraintDef> constraints, String column) {
        for (ConstraintDef d : constraints) {
            if ((d.kind() == ConstraintDef.Kind.PRIMARY_KEY || d.kind() == ConstraintDef.Kind.FOREIGN_KEY)
                    && d.columns().contains(column)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the replayed schema knows the column as a key before the statement. */
    private static boolean keyBefore(StatementContext context, Name table, String column) {
        Optional<Table> t = context.schemaBefore().table(table);
        if (t.isEmpty()) {
            return false;
        }
        Optional<ColumnDef> col = t.get().column(column);
        return col.isPresent() && keyByItself(col.get()) || inKeyConstraint(t.get().constraints(), column);
    }

    String where() {
        return table + "." + column;
    }
}
