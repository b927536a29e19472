package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.DataType;
import dev.rollsafe.model.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ALTER TABLE, clause by clause: each comma-separated clause becomes zero or more changes, and a clause
 * that is not understood does not lose the others (the result then says which clause was not understood).
 */
final class AlterTableReader {

    private AlterTableReader() {
    }

    /** Reads from just after ALTER TABLE. */
    static Recognition read(Cursor c) {
        c.accept("IF", "EXISTS");
        c.accept("ONLY");
        Name table = c.name();
        if (table == null) {
            return Recognition.failed("ALTER TABLE without a table name");
        }
        c.acceptSymbol("*");
        List<Change> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int[] part : c.splitCommas(c.pos(), c.end())) {
            Cursor k = c.sub(part[0], part[1]);
            if (k.atEnd()) {
                continue;
            }
            // MySQL: ADD COLUMN a int, ADD COLUMN b int is split here; "ADD (a int, b int)" is one clause
            if (!clause(k, table, changes)) {
                String text = k.text(part[0], part[1]);
                problems.add(text.length() > 60 ? text.substring(0, 60) + "..." : text);
            }
        }
        if (problems.isEmpty()) {
            return Recognition.of(changes);
        }
        return new Recognition(changes, false, "ALTER TABLE clause not understood: " + problems.get(0));
    }

    private static boolean clause(Cursor c, Name table, List<Change> out) {
        if (c.accept("ADD")) {
            return add(c, table, out);
        }
        if (c.accept("DROP")) {
            return drop(c, table, out);
        }
        if (c.accept("ALTER")) {
            return alter(c, table, out);
        }
        if (c.accept("RENAME")) {
            return rename(c, table, out);
        }
        if (c.accept("MODIFY")) {
            c.accept("COLUMN");
            ColumnDef col = ColumnReader.column(c);
            if (col == null || col.type() == null) {
                return false;
            }
            out.add(new Change.RedefineColumn(table, col.name(), col));
            return true;
        }
        if (c.accept("CHANGE")) {
            c.accept("COLUMN");
            String old = c.ident();
            ColumnDef col = ColumnReader.column(c);
            if (old == null || col == null || col.type() == null) {
                return false;
            }
            out.add(new Change.RedefineColumn(table, old, col));
            return true;
        }
        if (c.accept("VALIDATE", "CONSTRAINT")) {
            String n = c.ident();
            out.add(new Change.ValidateConstraint(table, n));
            return n != null;
        }
        if (c.accept("CONVERT", "TO")) {
            c.accept("CHARACTER", "SET");
            c.accept("CHARSET");
            out.add(new Change.AlterTableOption(table, "CONVERT TO CHARACTER SET", c.restText()));
            return true;
        }
        if (c.at("OWNER", "TO")) {
            out.add(new Change.Neutral("alter table owner", table));
            return true;
        }
        if (c.accept("SET", "SCHEMA")) {
            String schema = c.ident();
            out.add(new Change.RenameTable(table, new Name(schema, table.name())));
            return schema != null;
        }
        Lexeme first = c.peek();
        if (first.kind() == Lexeme.Kind.WORD && c.peek(1) != null && c.peek(1).isSymbol("=")) {
            return option(c, table, out);
        }
        if (c.at("DEFAULT") && (c.at("DEFAULT", "CHARSET") || c.at("DEFAULT", "CHARACTER") || c.at("DEFAULT", "COLLATE"))) {
            c.next();
            return option(c, table, out);
        }
        String head = c.words(4).toUpperCase(Locale.ROOT);
        for (String known : TABLE_OPTIONS) {
            if (head.startsWith(known)) {
                int skip = known.split(" ").length;
                for (int i = 0; i < skip; i++) {
                    c.next();
                }
                out.add(new Change.AlterTableOption(table, known, c.restText()));
                return true;
            }
        }
        return false;
    }

    /** Clauses that change a table's settings, not its shape. */
    private static final List<String> TABLE_OPTIONS = List.of(
            "ENABLE ROW LEVEL SECURITY", "DISABLE ROW LEVEL SECURITY", "FORCE ROW LEVEL SECURITY",
            "NO FORCE ROW", "ENABLE TRIGGER", "DISABLE TRIGGER", "ENABLE ALWAYS TRIGGER", "ENABLE REPLICA TRIGGER",
            "ENABLE RULE", "DISABLE RULE", "ENABLE KEYS", "DISABLE KEYS", "SET LOGGED", "SET UNLOGGED",
            "SET TABLESPACE", "SET WITHOUT CLUSTER", "SET WITHOUT OIDS", "SET ACCESS METHOD", "SET", "RESET",
            "CLUSTER ON", "REPLICA IDENTITY", "INHERIT", "NO INHERIT", "OF", "NOT OF", "ATTACH PARTITION",
            "DETACH PARTITION", "ENGINE", "CHARSET", "CHARACTER SET", "COLLATE", "COMMENT", "ALGORITHM", "LOCK",
            "AUTO_INCREMENT", "ROW_FORMAT", "KEY_BLOCK_SIZE", "FORCE", "ORDER BY", "STATS_PERSISTENT",
            "ADD PARTITION", "DROP PARTITION", "PARTITION BY", "REMOVE PARTITIONING", "TRUNCATE PARTITION",
            "COALESCE PARTITION", "REORGANIZE PARTITION", "EXCHANGE PARTITION", "DISCARD TABLESPACE",
            "IMPORT TABLESPACE", "WITH VALIDATION", "WITHOUT VALIDATION");

    private static boolean option(Cursor c, Name table, List<Change> out) {
        StringBuilder name = new StringBuilder();
        while (!c.atEnd() && !c.atSymbol("=")) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(c.next().text());
        }
        c.acceptSymbol("=");
        String value = c.restText();
        out.add(new Change.AlterTableOption(table, name.toString().toUpperCase(Locale.ROOT), value));
        return true;
    }

    private static boolean add(Cursor c, Name table, List<Change> out) {
        if (c.at("PARTITION")) {
            out.add(new Change.AlterTableOption(table, "ADD PARTITION", null));
            return true;
        }
        boolean column = c.accept("COLUMN");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        if (!column && c.atSymbol("(")) {
            // MySQL ADD (a int, b int)
            int[] in = c.skipParens();
            for (int[] part : c.splitCommas(in[0], in[1])) {
                Cursor p = c.sub(part[0], part[1]);
                if (ColumnReader.startsConstraint(p)) {
                    if (!addConstraint(p, table, out)) {
                        return false;
                    }
                    continue;
                }
                ColumnDef col = ColumnReader.column(p);
                if (col == null) {
                    return false;
                }
                out.add(new Change.AddColumn(table, col, ifNotExists));
            }
            return true;
        }
        if (!column && (c.at("INDEX") || c.at("KEY") || c.at("FULLTEXT") || c.at("SPATIAL")
                || (c.at("UNIQUE") && !c.at("UNIQUE", "NULLS") && isMySqlIndex(c)))) {
            return addIndex(c, table, out);
        }
        if (!column && ColumnReader.startsConstraint(c)) {
            return addConstraint(c, table, out);
        }
        int from = c.pos();
        ColumnDef col = ColumnReader.column(c);
        if (col == null || col.type() == null) {
            return false;
        }
        out.add(new Change.AddColumn(table, col, ifNotExists, position(c, from + 1, c.end())));
        return true;
    }

    /** MySQL's FIRST or AFTER col among the lexemes of a column definition (outside parentheses), else null. */
    private static String position(Cursor c, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Lexeme l = c.get(i);
            if (l.isSymbol("(")) {
                depth++;
            } else if (l.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && l.is("FIRST")) {
                return "FIRST";
            } else if (depth == 0 && l.is("AFTER") && i + 1 < to && c.get(i + 1).isName()) {
                return "AFTER " + Cursor.identOf(c.get(i + 1));
            }
        }
        return null;
    }

    /** MySQL "ADD UNIQUE [INDEX|KEY] [name] (cols)" is an index; PostgreSQL "ADD UNIQUE (cols)" a constraint. */
    private static boolean isMySqlIndex(Cursor c) {
        return c.at("UNIQUE", "INDEX") || c.at("UNIQUE", "KEY")
                || (c.peek(1) != null && c.peek(1).isName() && c.peek(2) != null && c.peek(2).isSymbol("("));
    }

    private static boolean addIndex(Cursor c, Name table, List<Change> out) {
        boolean unique = c.accept("UNIQUE");
        String method = c.accept("FULLTEXT") ? "fulltext" : c.accept("SPATIAL") ? "spatial" : null;
        if (!c.accept("INDEX")) {
            c.accept("KEY");
        }
        String name = null;
        if (!c.atSymbol("(") && !c.at("USING")) {
            name = c.ident();
        }
        if (c.accept("USING")) {
            method = c.ident();
        }
        List<String> cols = ColumnReader.columnList(c);
        out.add(new Change.CreateIndex(name, table, cols, unique, false, false, method));
        return true;
    }

    private static boolean addConstraint(Cursor c, Name table, List<Change> out) {
        ConstraintDef def = ColumnReader.constraint(c);
        if (def == null) {
            return false;
        }
        boolean notValid = false;
        while (!c.atEnd()) {
            if (c.accept("NOT", "VALID")) {
                notValid = true;
            } else {
                c.next();
            }
        }
        out.add(new Change.AddConstraint(table, def, notValid));
        return true;
    }

    private static boolean drop(Cursor c, Name table, List<Change> out) {
        if (c.accept("CONSTRAINT")) {
            boolean ifExists = c.accept("IF", "EXISTS");
            String n = c.ident();
            out.add(new Change.DropConstraint(table, n, null, ifExists));
            return n != null;
        }
        if (c.accept("FOREIGN", "KEY")) {
            boolean ifExists = c.accept("IF", "EXISTS");
            String n = c.ident();
            out.add(new Change.DropConstraint(table, n, ConstraintDef.Kind.FOREIGN_KEY, ifExists));
            return n != null;
        }
        if (c.accept("PRIMARY", "KEY")) {
            out.add(new Change.DropConstraint(table, null, ConstraintDef.Kind.PRIMARY_KEY, false));
            return true;
        }
        if (c.accept("CHECK")) {
            String n = c.ident();
            out.add(new Change.DropConstraint(table, n, ConstraintDef.Kind.CHECK, false));
            return n != null;
        }
        if ((c.at("INDEX") || c.at("KEY")) && c.peek(1) != null && c.peek(2) == null
                || c.at("INDEX", "IF") || c.at("KEY", "IF")) {
            c.next();
            boolean ifExists = c.accept("IF", "EXISTS");
            String n = c.ident();
            if (n == null) {
                return false;
            }
            out.add(new Change.DropIndex(Name.of(n), table, false, ifExists));
            return true;
        }
        if (c.at("PARTITION")) {
            out.add(new Change.AlterTableOption(table, "DROP PARTITION", c.restText()));
            return true;
        }
        c.accept("COLUMN");
        boolean ifExists = c.accept("IF", "EXISTS");
        String col = c.ident();
        if (col == null) {
            return false;
        }
        boolean cascade = c.accept("CASCADE");
        c.accept("RESTRICT");
        out.add(new Change.DropColumn(table, col, ifExists, cascade));
        return c.atEnd();
    }

    private static boolean alter(Cursor c, Name table, List<Change> out) {
        if (c.accept("CONSTRAINT")) {
            String n = c.ident();
            out.add(new Change.AlterTableOption(table, "ALTER CONSTRAINT " + n, c.restText()));
            return n != null;
        }
        if (c.accept("INDEX")) {
            String n = c.ident();
            out.add(new Change.AlterTableOption(table, "ALTER INDEX " + n, c.restText()));
            return n != null;
        }
        c.accept("COLUMN");
        String col = c.ident();
        if (col == null) {
            return false;
        }
        if (c.accept("TYPE") || c.accept("SET", "DATA", "TYPE")) {
            DataType type = ColumnReader.type(c);
            if (type == null) {
                return false;
            }
            if (c.accept("COLLATE")) {
                c.ident();
            }
            String using = null;
            if (c.accept("USING")) {
                using = c.restText();
            }
            out.add(new Change.AlterColumnType(table, col, type, using));
            return true;
        }
        if (c.accept("SET", "NOT", "NULL")) {
            out.add(new Change.SetNotNull(table, col));
            return c.atEnd();
        }
        if (c.accept("DROP", "NOT", "NULL")) {
            out.add(new Change.DropNotNull(table, col));
            return c.atEnd();
        }
        if (c.accept("SET", "DEFAULT")) {
            out.add(new Change.SetDefault(table, col, c.restText()));
            return true;
        }
        if (c.accept("DROP", "DEFAULT")) {
            out.add(new Change.DropDefault(table, col));
            return true;
        }
        String head = c.words(2).toUpperCase(Locale.ROOT);
        if (head.startsWith("SET STATISTICS") || head.startsWith("SET STORAGE") || head.startsWith("SET COMPRESSION")
                || head.startsWith("RESET") || head.startsWith("SET VISIBLE") || head.startsWith("SET INVISIBLE")
                || (head.startsWith("SET") && c.peek(1) != null && c.peek(1).isSymbol("("))
                || head.startsWith("ADD GENERATED") || head.startsWith("DROP IDENTITY") || head.startsWith("SET GENERATED")
                || head.startsWith("DROP EXPRESSION") || head.startsWith("RESTART")) {
            out.add(new Change.AlterTableOption(table, "ALTER COLUMN " + col + " " + head, c.restText()));
            return true;
        }
        return false;
    }

    private static boolean rename(Cursor c, Name table, List<Change> out) {
        if (c.accept("TO") || c.accept("AS")) {
            Name to = c.name();
            if (to == null) {
                return false;
            }
            out.add(new Change.RenameTable(table, to));
            return true;
        }
        if (c.accept("CONSTRAINT")) {
            String from = c.ident();
            c.accept("TO");
            String to = c.ident();
            out.add(new Change.RenameConstraint(table, from, to));
            return from != null && to != null;
        }
        if (c.accept("INDEX") || c.accept("KEY")) {
            String from = c.ident();
            c.accept("TO");
            String to = c.ident();
            if (from == null || to == null) {
                return false;
            }
            out.add(new Change.RenameIndex(table, Name.of(from), to));
            return true;
        }
        c.accept("COLUMN");
        String from = c.ident();
        c.accept("TO");
        String to = c.ident();
        if (from == null || to == null) {
            return false;
        }
        out.add(new Change.RenameColumn(table, from, to));
        return true;
    }
}
