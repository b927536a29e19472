package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.ObjectKind;
import java.util.ArrayList;
import java.util.List;

/** DROP statements of every kind, read from lexemes. */
final class DropReader {

    private DropReader() {
    }

    /** Reads from just after DROP; null when the kind of object is not known. */
    static Recognition read(Cursor c) {
        c.accept("TEMPORARY");
        if (c.accept("TABLE") || c.accept("TABLES")) {
            boolean ifExists = c.accept("IF", "EXISTS");
            List<Name> names = names(c);
            boolean cascade = c.contains("CASCADE");
            if (names.isEmpty()) {
                return Recognition.failed("DROP TABLE without a name");
            }
            List<Change> out = new ArrayList<>();
            for (Name n : names) {
                out.add(new Change.DropTable(n, ifExists, cascade));
            }
            return Recognition.of(out);
        }
        if (c.accept("INDEX")) {
            boolean concurrently = c.accept("CONCURRENTLY");
            boolean ifExists = c.accept("IF", "EXISTS");
            List<Name> names = names(c);
            Name table = null;
            if (c.accept("ON")) {
                table = c.name();
            }
            if (names.isEmpty()) {
                return Recognition.failed("DROP INDEX without a name");
            }
            List<Change> out = new ArrayList<>();
            for (Name n : names) {
                out.add(new Change.DropIndex(n, table, concurrently, ifExists));
            }
            return Recognition.of(out);
        }
        ObjectKind kind;
        if (c.accept("MATERIALIZED", "VIEW")) {
            kind = ObjectKind.MATERIALIZED_VIEW;
        } else if (c.accept("FOREIGN", "TABLE")) {
            kind = ObjectKind.FOREIGN_TABLE;
        } else if (c.accept("OWNED", "BY")) {
            return Recognition.of(new Change.Neutral("drop owned by", c.name()));
        } else if (c.accept("USER", "MAPPING")) {
            return Recognition.of(new Change.Neutral("drop user mapping", null));
        } else if (c.accept("TEXT", "SEARCH") || c.accept("OPERATOR", "CLASS") || c.accept("OPERATOR", "FAMILY")
                || c.accept("FOREIGN", "DATA", "WRAPPER")) {
            c.accept("CONFIGURATION");
            c.accept("DICTIONARY");
            c.accept("PARSER");
            c.accept("TEMPLATE");
            kind = ObjectKind.OTHER;
        } else {
            Lexeme w = c.peek();
            kind = w == null ? null : ObjectKinds.of(w.upper());
            if (kind == null) {
                return null;
            }
            c.next();
        }
        boolean ifExists = c.accept("IF", "EXISTS");
        List<Name> names = names(c);
        if (names.isEmpty()) {
            return Recognition.failed("DROP " + kind.label().toUpperCase() + " without a name");
        }
        boolean cascade = c.contains("CASCADE");
        List<Change> out = new ArrayList<>();
        for (Name n : names) {
            out.add(new Change.DropObject(kind, n, ifExists, cascade));
        }
        return Recognition.of(out);
    }

    /** Reads "a, b.c, f(int, text)" (argument lists skipped); stops at ON / CASCADE / RESTRICT. */
    static List<Name> names(Cursor c) {
        List<Name> names = new ArrayList<>();
        while (!c.atEnd()) {
            if (c.at("CASCADE") || c.at("RESTRICT") || c.at("ON") || c.at("PURGE")) {
                break;
            }
            Name n = c.name();
            if (n == null) {
                break;
            }
            names.add(n);
            c.skipParens();
            if (!c.acceptSymbol(",")) {
                break;
            }
        }
        return names;
    }
}
