package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.ObjectKind;
import java.util.Locale;

/** ALTER of objects other than tables: indexes, sequences, types, views, functions, roles, ... */
final class AlterReader {

    private AlterReader() {
    }

    /** Reads from just after ALTER; null when the kind of object is not known. */
    static Recognition read(Cursor c) {
        if (c.accept("TABLE")) {
            return AlterTableReader.read(c);
        }
        if (c.accept("INDEX")) {
            return index(c);
        }
        if (c.accept("TYPE")) {
            return type(c);
        }
        if (c.accept("DEFAULT", "PRIVILEGES")) {
            return Recognition.of(new Change.Neutral("alter default privileges", null));
        }
        if (c.accept("SYSTEM")) {
            return Recognition.of(new Change.Neutral("alter system", null));
        }
        if (c.accept("LARGE", "OBJECT")) {
            return Recognition.of(new Change.Neutral("alter large object", null));
        }
        ObjectKind kind;
        if (c.accept("MATERIALIZED", "VIEW")) {
            kind = ObjectKind.MATERIALIZED_VIEW;
        } else if (c.accept("FOREIGN", "TABLE")) {
            kind = ObjectKind.FOREIGN_TABLE;
        } else if (c.accept("TEXT", "SEARCH")) {
            c.next();
            kind = ObjectKind.OTHER;
        } else {
            Lexeme w = c.peek();
            kind = w == null ? null : ObjectKinds.of(w.upper());
            if (kind == null) {
                return null;
            }
            c.next();
        }
        c.accept("IF", "EXISTS");
        if (kind == ObjectKind.ROLE || kind == ObjectKind.DATABASE && c.atEnd()) {
            return Recognition.of(new Change.Neutral("alter " + kind.label(), c.name()));
        }
        Name name = c.name();
        if (name == null) {
            return Recognition.failed("ALTER " + kind.label().toUpperCase(Locale.ROOT) + " without a name");
        }
        c.skipParens();
        if (c.accept("ON")) {
            c.name(); // ALTER TRIGGER t ON table, ALTER POLICY p ON table
        }
        if (c.at("OWNER", "TO")) {
            return Recognition.of(new Change.Neutral("alter " + kind.label() + " owner", name));
        }
        if (c.accept("RENAME", "TO")) {
            Name to = c.name();
            if (to == null) {
                return Recognition.failed("RENAME TO without a name");
            }
            return Recognition.of(new Change.RenameObject(kind, name, to));
        }
        if (c.accept("SET", "SCHEMA")) {
            String schema = c.ident();
            return Recognition.of(new Change.RenameObject(kind, name, new Name(schema, name.name())));
        }
        String action = c.restText();
        if (kind == ObjectKind.VIEW && c.at("AS")) {
            // MySQL ALTER VIEW v AS SELECT: replaces the view's definition
            return Recognition.of(new Change.CreateObject(kind, name, true, false));
        }
        return Recognition.of(new Change.AlterObject(kind, name, action == null ? null : abbreviate(action)));
    }

    static String abbreviate(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }

    private static Recognition index(Cursor c) {
        c.accept("IF", "EXISTS");
        if (c.accept("ALL", "IN", "TABLESPACE")) {
            return Recognition.of(new Change.Neutral("alter index all in tablespace", null));
        }
        Name name = c.name();
        if (name == null) {
            return Recognition.failed("ALTER INDEX without a name");
        }
        if (c.accept("RENAME", "TO")) {
            String to = c.ident();
            if (to == null) {
                return Recognition.failed("ALTER INDEX RENAME TO without a name");
            }
            return Recognition.of(new Change.RenameIndex(null, name, to));
        }
        return Recognition.of(new Change.Neutral("alter index", name));
    }

    private static Recognition type(Cursor c) {
        Name name = c.name();
        if (name == null) {
            return Recognition.failed("ALTER TYPE without a name");
        }
        if (c.accept("ADD", "VALUE")) {
            boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
            Lexeme v = c.next();
            if (v == null || v.kind() != Lexeme.Kind.STRING) {
                return Recognition.failed("ALTER TYPE ADD VALUE without a value");
            }
            return Recognition.of(new Change.AddEnumValue(name, v.stringValue(), ifNotExists));
        }
        if (c.accept("RENAME", "VALUE")) {
            Lexeme from = c.next();
            c.accept("TO");
            Lexeme to = c.next();
            if (from == null || to == null) {
                return Recognition.failed("ALTER TYPE RENAME VALUE incomplete");
            }
            return Recognition.of(new Change.RenameEnumValue(name, from.stringValue(), to.stringValue()));
        }
        if (c.at("OWNER", "TO")) {
            return Recognition.of(new Change.Neutral("alter type owner", name));
        }
        if (c.accept("RENAME", "TO")) {
            Name to = c.name();
            return to == null ? Recognition.failed("RENAME TO without a name")
                    : Recognition.of(new Change.RenameObject(ObjectKind.TYPE, name, to));
        }
        if (c.accept("SET", "SCHEMA")) {
            String schema = c.ident();
            return Recognition.of(new Change.RenameObject(ObjectKind.TYPE, name, new Name(schema, name.name())));
        }
        String action = c.restText();
        return Recognition.of(new Change.AlterObject(ObjectKind.TYPE, name, action == null ? null : abbreviate(action)));
    }
}
