package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.ObjectKind;
import java.util.ArrayList;
import java.util.List;

/** CREATE statements of every kind, read from lexemes. */
final class CreateReader {

    private CreateReader() {
    }

    /** Reads from just after CREATE; null when the kind of object is not known. */
    static Recognition read(Cursor c) {
        boolean orReplace = c.accept("OR", "REPLACE");
        c.accept("OR", "ALTER");
        skipMySqlPrefixes(c);
        boolean temporary = false;
        while (c.at("TEMP") || c.at("TEMPORARY") || c.at("UNLOGGED") || c.at("GLOBAL") || c.at("LOCAL")
                || c.at("TRUSTED") || c.at("PROCEDURAL") || c.at("RECURSIVE")) {
            temporary |= c.at("TEMP") || c.at("TEMPORARY");
            c.next();
        }
        if (c.accept("TABLE")) {
            return table(c, temporary);
        }
        if (c.at("UNIQUE") || c.at("INDEX") || c.at("FULLTEXT") || c.at("SPATIAL")) {
            return index(c);
        }
        if (c.accept("TYPE")) {
            return type(c, orReplace);
        }
        if (c.accept("TRIGGER") || c.accept("CONSTRAINT", "TRIGGER")) {
            return simple(c, ObjectKind.TRIGGER, orReplace);
        }
        if (c.accept("FOREIGN", "TABLE")) {
            return simple(c, ObjectKind.FOREIGN_TABLE, orReplace);
        }
        if (c.accept("FOREIGN", "DATA", "WRAPPER")) {
            return simple(c, ObjectKind.OTHER, orReplace);
        }
        if (c.accept("USER", "MAPPING")) {
            return Recognition.of(new Change.Neutral("create user mapping", null));
        }
        if (c.accept("TEXT", "SEARCH")) {
            c.next();
            return simple(c, ObjectKind.OTHER, orReplace);
        }
        if (c.accept("DEFAULT", "CONVERSION") || c.accept("CONVERSION") || c.accept("CAST")) {
            return Recognition.of(new Change.CreateObject(ObjectKind.OTHER, Name.of("cast"), orReplace, false));
        }
        if (c.accept("OPERATOR", "CLASS") || c.accept("OPERATOR", "FAMILY")) {
            return simple(c, ObjectKind.OPERATOR, orReplace);
        }
        if (c.accept("MATERIALIZED", "VIEW")) {
            return simple(c, ObjectKind.MATERIALIZED_VIEW, orReplace);
        }
        if (c.at("USER")) {
            c.next();
            return simple(c, ObjectKind.ROLE, orReplace);
        }
        Lexeme kindWord = c.peek();
        if (kindWord == null) {
            return null;
        }
        ObjectKind kind = ObjectKinds.of(kindWord.upper());
        if (kind == null) {
            return null;
        }
        c.next();
        return simple(c, kind, orReplace);
    }

    /** MySQL: DEFINER = user, ALGORITHM = x, SQL SECURITY y before VIEW / PROCEDURE / TRIGGER. */
    static void skipMySqlPrefixes(Cursor c) {
        while (true) {
            if (c.at("DEFINER") || c.at("ALGORITHM")) {
                c.next();
                c.acceptSymbol("=");
                c.next();
                // user@host arrives as one word (@ joins), or as name @ name
                while (c.peek() != null && (c.peek().text().startsWith("@") || c.atSymbol("@"))) {
                    c.next();
                    if (c.peek() != null && c.peek().kind() != Lexeme.Kind.WORD && !c.atSymbol("@")) {
                        c.next();
                    }
                }
            } else if (c.accept("SQL", "SECURITY")) {
                c.next();
            } else {
                return;
            }
        }
    }

    private static Recognition simple(Cursor c, ObjectKind kind, boolean orReplace) {
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        if (kind == ObjectKind.SCHEMA && c.at("AUTHORIZATION")) {
            c.next();
        }
        if (kind == ObjectKind.STATISTICS && c.atSymbol("(")) {
            return Recognition.of(new Change.CreateObject(kind, Name.of("statistics"), orReplace, ifNotExists));
        }
        Name name = c.name();
        if (name == null) {
            return Recognition.failed("CREATE " + kind.label().toUpperCase() + " without a name");
        }
        return Recognition.of(new Change.CreateObject(kind, name, orReplace, ifNotExists));
    }

    private static Recognition type(Cursor c, boolean orReplace) {
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        Name name = c.name();
        if (name == null) {
            return Recognition.failed("CREATE TYPE without a name");
        }
        if (c.accept("AS", "ENUM")) {
            int[] in = c.skipParens();
            List<String> values = new ArrayList<>();
            if (in != null) {
                for (int p = in[0]; p < in[1]; p++) {
                    Lexeme l = c.get(p);
                    if (l.kind() == Lexeme.Kind.STRING) {
                        values.add(l.stringValue());
                    }
                }
            }
            return Recognition.of(new Change.CreateEnumType(name, values));
        }
        return Recognition.of(new Change.CreateObject(ObjectKind.TYPE, name, orReplace, ifNotExists));
    }

    static Recognition index(Cursor c) {
        boolean unique = c.accept("UNIQUE");
        String method = c.accept("FULLTEXT") ? "fulltext" : c.accept("SPATIAL") ? "spatial" : null;
        if (!c.accept("INDEX")) {
            return null;
        }
        boolean concurrently = c.accept("CONCURRENTLY");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        String name = null;
        if (!c.at("ON")) {
            name = c.ident();
        }
        if (c.accept("USING")) {
            method = c.ident();
        }
        if (!c.accept("ON")) {
            return Recognition.failed("CREATE INDEX without ON");
        }
        c.accept("ONLY");
        Name table = c.name();
        if (table == null) {
            return Recognition.failed("CREATE INDEX without a table");
        }
        if (c.accept("USING")) {
            method = c.ident();
        }
        List<String> cols = ColumnReader.columnList(c);
        return Recognition.of(new Change.CreateIndex(name, table, cols, unique, concurrently, ifNotExists,
                method == null ? null : method.toLowerCase(java.util.Locale.ROOT)));
    }

    private static Recognition table(Cursor c, boolean temporary) {
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        Name table = c.name();
        if (table == null) {
            return Recognition.failed("CREATE TABLE without a name");
        }
        List<ColumnDef> columns = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        List<Change> indexes = new ArrayList<>();
        if (c.accept("PARTITION", "OF") || c.accept("LIKE")) {
            return Recognition.of(new Change.CreateTable(table, columns, constraints, ifNotExists, temporary, false));
        }
        if (c.accept("OF")) {
            return Recognition.of(new Change.CreateTable(table, columns, constraints, ifNotExists, temporary, false));
        }
        int[] in = c.skipParens();
        if (in != null) {
            for (int[] part : c.splitCommas(in[0], in[1])) {
                Cursor p = c.sub(part[0], part[1]);
                if (p.atEnd()) {
                    continue;
                }
                if (p.at("LIKE")) {
                    continue;
                }
                if (ColumnReader.startsConstraint(p)) {
                    if (p.at("INDEX") || p.at("KEY") || p.at("FULLTEXT") || p.at("SPATIAL")) {
                        // a plain MySQL index on the new table: an index the replay must know (later DROP INDEX)
                        Change.CreateIndex ix = ColumnReader.inlineIndex(p, table);
                        if (ix == null) {
                            return Recognition.failed("CREATE TABLE element not understood: " + p.text(part[0], part[1]));
                        }
                        indexes.add(ix);
                        continue;
                    }
                    ConstraintDef def = ColumnReader.constraint(p);
                    if (def == null) {
                        return Recognition.failed("CREATE TABLE element not understood: " + p.text(part[0], part[1]));
                    }
                    constraints.add(def);
                    continue;
                }
                ColumnDef col = ColumnReader.column(p);
                if (col == null || col.type() == null) {
                    return Recognition.failed("CREATE TABLE element not understood: " + p.text(part[0], part[1]));
                }
                columns.add(col);
            }
        }
        boolean asSelect = c.find("AS") >= 0 || c.find("SELECT") >= 0;
        if (in == null && !asSelect) {
            return Recognition.failed("CREATE TABLE without columns");
        }
        List<Change> changes = new ArrayList<>();
        changes.add(new Change.CreateTable(table, columns, constraints, ifNotExists, temporary, asSelect));
        changes.addAll(indexes);
        return Recognition.of(changes);
    }
}
