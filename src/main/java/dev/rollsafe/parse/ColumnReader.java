package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.DataType;
import dev.rollsafe.model.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads column definitions, data types and table constraints from lexemes (both dialects). */
final class ColumnReader {

    /** Words that end a data type and start a column constraint or option. */
    private static final Set<String> COLUMN_STOPS = Set.of(
            "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "CONSTRAINT", "COLLATE",
            "GENERATED", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "CHARSET", "IDENTITY", "AS",
            "FIRST", "AFTER", "VISIBLE", "INVISIBLE", "STORAGE", "COLUMN_FORMAT", "SRID", "KEY", "USING",
            "COMPRESSION", "SERIAL");

    private ColumnReader() {
    }

    /** True when the range starts a table constraint or index rather than a column. */
    static boolean startsConstraint(Cursor c) {
        Lexeme l = c.peek();
        if (l == null || l.kind() != Lexeme.Kind.WORD) {
            return false;
        }
        switch (l.upper()) {
            case "CONSTRAINT": case "PRIMARY": case "FOREIGN": case "CHECK": case "EXCLUDE":
            case "LIKE": case "PERIOD":
                return true;
            case "FULLTEXT": case "SPATIAL": {
                // MySQL "FULLTEXT [KEY] name (a, b)"; but "fulltext tsvector ..." or "fulltext varchar(10)"
                // is a column named fulltext
                Lexeme n = c.peek(1);
                if (n == null) {
                    return false;
                }
                if (n.is("KEY") || n.is("INDEX") || n.isSymbol("(")) {
                    return true;
                }
                Lexeme open = c.peek(2);
                Lexeme inner = c.peek(3);
                return open != null && open.isSymbol("(") && inner != null && inner.kind() != Lexeme.Kind.NUMBER;
            }
            case "UNIQUE":
                return !isTypeNext(c, 1);
            case "KEY": case "INDEX":
                // "key varchar(10)" is a column named key; "KEY idx (a)" / "KEY (a)" an index
                Lexeme n = c.peek(1);
                return n != null && (n.isSymbol("(") || (c.peek(2) != null && (c.peek(2).isSymbol("(") || c.peek(2).is("USING"))));
            default:
                return false;
        }
    }

    private static boolean isTypeNext(Cursor c, int ahead) {
        Lexeme n = c.peek(ahead);
        return n != null && n.kind() == Lexeme.Kind.WORD && !n.is("KEY") && !n.is("INDEX") && !n.is("NULLS")
                && c.peek(ahead + 1) != null && !c.peek(ahead + 1).isSymbol("(");
    }

    /** Reads "name type constraints..." from the cursor, to its end; null when there is no name. */
    static ColumnDef column(Cursor c) {
        String name = c.ident();
        if (name == null) {
            return null;
        }
        DataType type = type(c);
        return constraints(c, name, type);
    }

    /** Reads a data type; stops before the first column constraint word. */
    static DataType type(Cursor c) {
        StringBuilder name = new StringBuilder();
        String args = null;
        boolean array = false;
        while (!c.atEnd()) {
            Lexeme l = c.peek();
            if (l.kind() == Lexeme.Kind.WORD || (l.kind() == Lexeme.Kind.QUOTED && name.length() == 0)) {
                String u = l.upper();
                boolean first = name.length() == 0;
                if (!first && (COLUMN_STOPS.contains(u) || (u.equals("CHARACTER") && c.peek(1) != null && c.peek(1).is("SET")))) {
                    break;
                }
                if (first && u.equals("CHARACTER") && c.peek(1) != null && c.peek(1).is("SET")) {
                    break;
                }
                if (!first && args == null && name.length() > 0 && !continuesType(name.toString(), u)) {
                    break;
                }
                if (args != null && !(u.equals("WITH") || u.equals("WITHOUT") || u.equals("TIME") || u.equals("ZONE")
                        || u.equals("UNSIGNED") || u.equals("SIGNED") || u.equals("ZEROFILL") || u.equals("VARYING"))) {
                    break;
                }
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(l.kind() == Lexeme.Kind.QUOTED ? quotedType(l) : l.text());
                c.next();
                while (c.atSymbol(".") && c.peek(1) != null && c.peek(1).isName()) {
                    name.append('.').append(c.peek(1).text());
                    c.next();
                    c.next();
                }
            } else if (l.isSymbol("(") && name.length() > 0 && args == null) {
                int[] in = c.skipParens();
                args = in[0] < in[1] ? c.text(in[0], in[1]) : "";
            } else if (l.isSymbol("[") && name.length() > 0) {
                array = true;
                c.next();
                while (!c.atEnd() && !c.atSymbol("]")) {
                    c.next();
                }
                c.next();
            } else {
                break;
            }
        }
        if (name.length() == 0) {
            return null;
        }
        if (args != null && args.isEmpty()) {
            args = null;
        }
        return new DataType(name.toString(), args, array);
    }

    /**
     * A quoted type name without its quotes, except PostgreSQL's {@code "char"}: quoted it is the internal
     * single-byte type, unquoted the blank-padded {@code char(1)}.
     */
    private static String quotedType(Lexeme l) {
        String ident = Cursor.identOf(l);
        return ident.equals("char") ? "\"char\"" : ident;
    }

    /** Whether {@code word} continues the multi-word type {@code sofar} (double precision, timestamp with time zone). */
    private static boolean continuesType(String sofar, String word) {
        String s = sofar.toLowerCase(Locale.ROOT);
        switch (word) {
            case "PRECISION":
                return s.equals("double");
            case "VARYING":
                return s.equals("character") || s.equals("char") || s.equals("bit") || s.equals("national character")
                        || s.equals("national char") || s.equals("nchar");
            case "WITH": case "WITHOUT":
                return s.startsWith("timestamp") || s.startsWith("time");
            case "TIME":
                return s.endsWith("with") || s.endsWith("without");
            case "ZONE":
                return s.endsWith("time") && (s.contains("with"));
            case "UNSIGNED": case "SIGNED": case "ZEROFILL":
                return true;
            case "CHARACTER": case "CHAR": case "VARCHAR":
                return s.equals("national");
            case "INT": case "INTEGER": case "TEXT": case "BLOB":
                return s.equals("long") || s.equals("unsigned");
            case "VARBINARY":
                return s.equals("long");
            case "DAY": case "HOUR": case "MINUTE": case "SECOND": case "YEAR": case "MONTH": case "TO":
                return s.startsWith("interval");
            default:
                return false;
        }
    }

    /** Reads column constraints and options after the type, to the end of the cursor. */
    static ColumnDef constraints(Cursor c, String name, DataType type) {
        boolean notNull = false;
        String def = null;
        boolean pk = false;
        boolean unique = false;
        boolean generated = type != null && type.serial();
        Name refs = null;
        boolean computed = false;
        while (!c.atEnd()) {
            if (c.accept("NOT", "NULL")) {
                notNull = true;
            } else if (c.accept("NULL")) {
                notNull = false;
            } else if (c.accept("DEFAULT")) {
                int from = c.pos();
                c.next();
                skipExpression(c);
                String text = c.text(from, c.pos());
                def = text == null || text.equalsIgnoreCase("null") ? null : text;
            } else if (c.accept("PRIMARY", "KEY")) {
                pk = true;
                notNull = true;
            } else if (c.accept("UNIQUE")) {
                unique = true;
                c.accept("KEY");
            } else if (c.accept("KEY")) {
                pk = true;
                notNull = true;
            } else if (c.accept("REFERENCES")) {
                refs = c.name();
                c.skipParens();
                skipReferenceActions(c);
            } else if (c.accept("CHECK")) {
                c.skipParens();
                c.accept("NO", "INHERIT");
            } else if (c.accept("CONSTRAINT")) {
                c.ident();
            } else if (c.accept("GENERATED")) {
                generated = true;
                // GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY numbers rows; GENERATED ALWAYS AS (expr) computes
                computed = !(c.at("BY") || c.at("ALWAYS", "AS", "IDENTITY"));
                skipToNextOption(c);
            } else if (c.accept("AUTO_INCREMENT") || c.accept("AUTOINCREMENT") || c.accept("IDENTITY")) {
                generated = true;
                c.skipParens();
            } else if (c.at("AS") && c.peek(1) != null && c.peek(1).isSymbol("(")) {
                c.next();
                c.skipParens();
                generated = true;
                computed = true;
                c.accept("STORED");
                c.accept("VIRTUAL");
            } else if (c.accept("COLLATE") || c.accept("COMMENT") || c.accept("CHARSET") || c.accept("SRID")
                    || c.accept("COLUMN_FORMAT") || c.accept("STORAGE") || c.accept("COMPRESSION")) {
                c.acceptSymbol("=");
                c.next();
            } else if (c.accept("CHARACTER", "SET")) {
                c.next();
            } else if (c.accept("ON", "UPDATE")) {
                c.next();
                c.skipParens();
            } else if (c.accept("DEFERRABLE") || c.accept("INITIALLY") || c.accept("IMMEDIATE")
                    || c.accept("DEFERRED") || c.accept("FIRST") || c.accept("VISIBLE") || c.accept("INVISIBLE")
                    || c.accept("SERIAL")) {
                // options that do not matter here
            } else if (c.accept("NOT")) {
                // NOT DEFERRABLE and similar
            } else if (c.accept("AFTER")) {
                c.ident();
            } else {
                c.next();
            }
        }
        return new ColumnDef(name, type, notNull, def, pk, unique, generated, refs, computed);
    }

    private static void skipReferenceActions(Cursor c) {
        while (true) {
            if (c.accept("ON", "DELETE") || c.accept("ON", "UPDATE")) {
                if (!c.accept("SET", "NULL") && !c.accept("SET", "DEFAULT") && !c.accept("NO", "ACTION")) {
                    c.next();
                }
            } else if (c.accept("MATCH")) {
                c.next();
            } else {
                return;
            }
        }
    }

    private static void skipToNextOption(Cursor c) {
        while (!c.atEnd()) {
            if (c.atSymbol("(")) {
                c.skipParens();
            } else if (c.at("NOT", "NULL") || c.at("NULL") || c.at("PRIMARY") || c.at("UNIQUE") || c.at("REFERENCES")
                    || c.at("CHECK") || c.at("CONSTRAINT") || c.at("DEFAULT") || c.at("COMMENT")) {
                return;
            } else {
                c.next();
            }
        }
    }

    /** Moves past an expression: stops at a column option word at parenthesis depth zero. */
    static void skipExpression(Cursor c) {
        while (!c.atEnd()) {
            Lexeme l = c.peek();
            if (l.isSymbol("(")) {
                c.skipParens();
                continue;
            }
            if (l.kind() == Lexeme.Kind.WORD) {
                String u = l.upper();
                if (u.equals("NOT") || u.equals("NULL") || u.equals("PRIMARY") || u.equals("UNIQUE")
                        || u.equals("REFERENCES") || u.equals("CHECK") || u.equals("CONSTRAINT") || u.equals("COLLATE")
                        || u.equals("GENERATED") || u.equals("AUTO_INCREMENT") || u.equals("COMMENT")
                        || u.equals("ON") || u.equals("FIRST") || u.equals("AFTER") || u.equals("KEY")) {
                    return;
                }
            }
            c.next();
        }
    }

    /**
     * Reads a table constraint or index definition ([CONSTRAINT n] PRIMARY KEY / UNIQUE / FOREIGN KEY /
     * CHECK / EXCLUDE / NOT NULL col, MySQL KEY/INDEX); null for a plain (non-unique) index.
     */
    static ConstraintDef constraint(Cursor c) {
        String name = null;
        if (c.accept("CONSTRAINT")) {
            if (!(c.at("PRIMARY") || c.at("UNIQUE") || c.at("FOREIGN") || c.at("CHECK") || c.at("EXCLUDE"))) {
                name = c.ident();
            }
        }
        ConstraintDef.Kind kind;
        List<String> cols = List.of();
        Name refTable = null;
        List<String> refCols = List.of();
        String expr = null;
        String usingIndex = null;
        if (c.accept("PRIMARY", "KEY")) {
            kind = ConstraintDef.Kind.PRIMARY_KEY;
            skipIndexName(c);
            cols = columnList(c);
        } else if (c.accept("UNIQUE")) {
            kind = ConstraintDef.Kind.UNIQUE;
            c.accept("NULLS", "NOT", "DISTINCT");
            c.accept("NULLS", "DISTINCT");
            if (c.accept("KEY") || c.accept("INDEX")) {
                String n = skipIndexName(c);
                name = name == null ? n : name;
            } else {
                String n = skipIndexName(c);
                name = name == null ? n : name;
            }
            cols = columnList(c);
        } else if (c.accept("FOREIGN", "KEY")) {
            kind = ConstraintDef.Kind.FOREIGN_KEY;
            String n = skipIndexName(c);
            name = name == null ? n : name;
            cols = columnList(c);
            if (c.accept("REFERENCES")) {
                refTable = c.name();
                refCols = columnList(c);
            }
        } else if (c.accept("CHECK")) {
            kind = ConstraintDef.Kind.CHECK;
            int[] in = c.skipParens();
            expr = in == null ? null : c.text(in[0], in[1]);
        } else if (c.accept("EXCLUDE")) {
            kind = ConstraintDef.Kind.EXCLUDE;
            int from = c.pos();
            while (!c.atEnd() && !c.at("NOT", "VALID")) {
                c.next();
            }
            expr = c.text(from, c.pos());
        } else if (c.accept("NOT", "NULL")) {
            kind = ConstraintDef.Kind.NOT_NULL;
            String col = c.ident();
            cols = col == null ? List.of() : List.of(col);
        } else {
            return null;
        }
        if (c.accept("USING", "INDEX")) {
            if (c.accept("TABLESPACE")) {
                c.ident();
            } else {
                usingIndex = c.ident();
            }
        }
        return new ConstraintDef(name, kind, cols, refTable, refCols, expr, usingIndex);
    }

    /** Skips a MySQL index name (and USING BTREE) before a column list; returns the name or null. */
    private static String skipIndexName(Cursor c) {
        String n = null;
        if (!c.atSymbol("(") && c.peek() != null && c.peek().isName() && !c.at("USING")) {
            n = c.ident();
        }
        if (!c.at("USING", "INDEX") && c.accept("USING")) {
            c.next();
        }
        return n;
    }

    /** Reads "(a, b(10), c DESC)" into column names; expressions keep their text. */
    /**
     * A plain MySQL index written inside CREATE TABLE ({@code [FULLTEXT|SPATIAL] KEY|INDEX [name]
     * [USING m] (cols)}), as the index it creates; null when the element is not one.
     */
    static Change.CreateIndex inlineIndex(Cursor c, Name table) {
        String method = null;
        if (c.accept("FULLTEXT")) {
            method = "fulltext";
        } else if (c.accept("SPATIAL")) {
            method = "spatial";
        }
        if (!c.accept("KEY") && !c.accept("INDEX") && method == null) {
            return null;
        }
        String name = c.atSymbol("(") || c.at("USING") ? null : c.ident();
        if (c.accept("USING")) {
            method = c.ident();
        }
        List<String> cols = columnList(c);
        if (cols.isEmpty()) {
            return null;
        }
        return new Change.CreateIndex(name, table, cols, false, false, false,
                method == null ? null : method.toLowerCase(java.util.Locale.ROOT));
    }

    static List<String> columnList(Cursor c) {
        int[] in = c.skipParens();
        if (in == null) {
            return List.of();
        }
        List<String> cols = new ArrayList<>();
        for (int[] part : c.splitCommas(in[0], in[1])) {
            Cursor p = c.sub(part[0], part[1]);
            Lexeme first = p.peek();
            Lexeme second = p.peek(1);
            if (first != null && first.isName() && (second == null || second.kind() == Lexeme.Kind.WORD
                    || second.isSymbol("(") && isMySqlPrefix(p))) {
                cols.add(Cursor.identOf(first));
            } else {
                String t = p.text(part[0], part[1]);
                if (t != null) {
                    cols.add(t);
                }
            }
        }
        return cols;
    }

    /** "name(10)" in a MySQL index column list is a prefix length, not a function call. */
    private static boolean isMySqlPrefix(Cursor p) {
        Lexeme third = p.peek(2);
        Lexeme fourth = p.peek(3);
        return third != null && third.kind() == Lexeme.Kind.NUMBER && fourth != null && fourth.isSymbol(")");
    }
}
