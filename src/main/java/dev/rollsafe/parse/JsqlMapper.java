package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.ObjectKind;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * Maps the JSqlParser statements it models well (CREATE TABLE, CREATE VIEW, INSERT / UPDATE / DELETE /
 * MERGE / UPSERT / REPLACE, SELECT, TRUNCATE) onto change records. Returns null for anything else, which
 * the fallback recognizer then reads. Column definitions are re-read from their text by
 * {@link ColumnReader} so both paths agree on nullability, defaults and generated columns.
 */
final class JsqlMapper {

    private final Dialect dialect;

    JsqlMapper(Dialect dialect) {
        this.dialect = dialect;
    }

    Recognition map(Statement st, String sql, List<Lexeme> lexemes) {
        try {
            return mapStatement(st, sql, lexemes);
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).startsWith("empty name")) {
                return null; // a zero-length name (MySQL's "" reaches here as a name): the fallback reads it
            }
            throw e;
        }
    }

    private Recognition mapStatement(Statement st, String sql, List<Lexeme> lexemes) {
        if (st instanceof CreateTable ct) {
            return createTable(ct, lexemes);
        }
        if (st instanceof CreateView cv) {
            ObjectKind kind = cv.isMaterialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW;
            return Recognition.of(new Change.CreateObject(kind, name(cv.getView()), cv.isOrReplace(), cv.isIfNotExists()));
        }
        if (st instanceof Insert ins) {
            if (ins.getTable() == null) {
                return null;
            }
            boolean replace = !lexemes.isEmpty() && lexemes.get(0).is("REPLACE");
            Change.RowOp op = replace ? Change.RowOp.REPLACE
                    : ins.getConflictAction() != null || ins.isUseDuplicate() ? Change.RowOp.UPSERT : Change.RowOp.INSERT;
            return Recognition.of(new Change.RowChange(op, name(ins.getTable()), false));
        }
        if (st instanceof Upsert up) {
            boolean replace = !lexemes.isEmpty() && lexemes.get(0).is("REPLACE");
            return Recognition.of(new Change.RowChange(replace ? Change.RowOp.REPLACE : Change.RowOp.UPSERT,
                    name(up.getTable()), false));
        }
        if (st instanceof Update up) {
            if (up.getTable() == null) {
                return null;
            }
            return Recognition.of(new Change.RowChange(Change.RowOp.UPDATE, name(up.getTable()), up.getWhere() != null));
        }
        if (st instanceof Delete del) {
            Table t = del.getTable();
            if (t == null && del.getTables() != null && !del.getTables().isEmpty()) {
                t = del.getTables().get(0);
            }
            if (t == null) {
                return null;
            }
            return Recognition.of(new Change.RowChange(Change.RowOp.DELETE, name(t), del.getWhere() != null));
        }
        if (st instanceof Merge m) {
            return Recognition.of(new Change.RowChange(Change.RowOp.MERGE, name(m.getTable()), false));
        }
        if (st instanceof Truncate tr) {
            List<Name> tables = new ArrayList<>();
            if (tr.getTables() != null) {
                for (Table t : tr.getTables()) {
                    tables.add(name(t));
                }
            } else if (tr.getTable() != null) {
                tables.add(name(tr.getTable()));
            }
            boolean cascade = tr.getCascade() || lexemes.stream().anyMatch(l -> l.is("CASCADE"));
            return tables.isEmpty() ? null : Recognition.of(new Change.Truncate(tables, cascade));
        }
        if (st instanceof Select sel) {
            if (sel instanceof PlainSelect ps && ps.getIntoTables() != null && !ps.getIntoTables().isEmpty()) {
                return null; // SELECT ... INTO creates a table or assigns variables: leave it to the fallback
            }
            // set_config(...) calls are found in the text, the same way the fallback does
            FallbackRecognizer f = new FallbackRecognizer(dialect, s -> Recognition.failed("nested"));
            return f.recognize(sql, lexemes);
        }
        return null;
    }

    private Recognition createTable(CreateTable ct, List<Lexeme> lexemes) {
        if (ct.getTable() == null || ct.getPartitionOf() != null) {
            return null;
        }
        List<ColumnDef> columns = new ArrayList<>();
        if (ct.getColumnDefinitions() != null) {
            for (ColumnDefinition cd : ct.getColumnDefinitions()) {
                String text = cd.toString();
                List<Lexeme> lx = Lexemes.scan(text, dialect);
                ColumnDef col = ColumnReader.column(new Cursor(text, lx));
                if (col == null) {
                    return null;
                }
                columns.add(col);
            }
        }
        List<ConstraintDef> constraints = new ArrayList<>();
        List<Change> indexes = new ArrayList<>();
        Name table = name(ct.getTable());
        if (ct.getIndexes() != null) {
            for (Index ix : ct.getIndexes()) {
                ConstraintDef def = constraint(ix);
                if (def != null) {
                    constraints.add(def);
                } else {
                    String text = ix.toString();
                    Change.CreateIndex index = ColumnReader.inlineIndex(new Cursor(text, Lexemes.scan(text, dialect)), table);
                    if (index == null) {
                        return null; // let the fallback reader say what it is
                    }
                    indexes.add(index);
                }
            }
        }
        boolean temporary = false;
        if (ct.getCreateOptionsStrings() != null) {
            for (String o : ct.getCreateOptionsStrings()) {
                temporary |= o.equalsIgnoreCase("TEMPORARY") || o.equalsIgnoreCase("TEMP");
            }
        }
        boolean asSelect = ct.getSelect() != null;
        List<Change> changes = new ArrayList<>();
        changes.add(new Change.CreateTable(table, columns, constraints, ct.isIfNotExists(), temporary, asSelect));
        changes.addAll(indexes);
        return Recognition.of(changes);
    }

    /**
     * Re-reads a table constraint from JSqlParser's text of it: its typed getters lose names in places
     * (MySQL UNIQUE KEY name), and one reader for both paths keeps them in agreement.
     */
    private ConstraintDef constraint(Index ix) {
        String text = ix.toString();
        return ColumnReader.constraint(new Cursor(text, Lexemes.scan(text, dialect)));
    }

    static Name name(Table t) {
        return Name.parse(t.getFullyQualifiedName());
    }
}
