package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * rollsafe's own recognizer: reads a statement from its lexemes without JSqlParser. It knows the
 * statement kinds JSqlParser cannot parse or models badly, keeps the words that matter to safety
 * (CONCURRENTLY, NOT VALID, USING INDEX, IF EXISTS), and is lenient about everything else.
 * Stateless apart from its dialect; safe to share between threads.
 */
final class FallbackRecognizer {

    private final Dialect dialect;
    private final ProceduralBlockReader blocks;

    FallbackRecognizer(Dialect dialect, Function<String, Recognition> inner) {
        this.dialect = dialect;
        this.blocks = new ProceduralBlockReader(dialect, inner);
    }

    /** The recognition, or null when the statement's kind is unknown to the fallback. */
    Recognition recognize(String sql, List<Lexeme> lexemes) {
        try {
            return dispatch(new Cursor(sql, lexemes));
        } catch (RuntimeException e) {
            return Recognition.failed("fallback recognizer failed: " + e);
        }
    }

    private Recognition dispatch(Cursor c) {
        Lexeme first = c.peek();
        if (first == null) {
            return Recognition.of(List.of());
        }
        if (first.kind() != Lexeme.Kind.WORD) {
            if (first.isSymbol("(")) {
                return Recognition.of(new Change.Neutral("select", null)); // (SELECT ...) UNION ...
            }
            return null;
        }
        switch (first.upper()) {
            case "CREATE":
                c.next();
                return CreateReader.read(c);
            case "ALTER":
                c.next();
                return AlterReader.read(c);
            case "DROP":
                c.next();
                return DropReader.read(c);
            case "TRUNCATE":
                return truncate(c);
            case "RENAME":
                return renameTables(c);
            case "INSERT": case "UPDATE": case "DELETE": case "MERGE": case "REPLACE": case "COPY": case "CALL":
                return RowReader.read(c);
            case "WITH": {
                Recognition r = RowReader.read(c);
                return r != null ? r : Recognition.of(new Change.Neutral("select", null));
            }
            case "SELECT":
                return select(c);
            case "VALUES": case "TABLE": case "SHOW": case "EXPLAIN": case "DESCRIBE": case "DESC":
            case "CHECKPOINT": case "DISCARD": case "NOTIFY": case "LISTEN": case "UNLISTEN": case "USE":
            case "FLUSH": case "DEALLOCATE": case "PREPARE": case "EXECUTE": case "LOAD": case "CLOSE":
            case "FETCH": case "MOVE": case "DECLARE": case "IMPORT": case "SECURITY": case "HANDLER":
            case "OPTIMIZE": case "CHECK": case "CHECKSUM": case "REPAIR": case "KILL": case "PURGE":
            case "RESET": case "DELIMITER":
                return neutral(c, 1);
            case "COMMENT":
                return comment(c);
            case "GRANT": case "REVOKE":
                return Recognition.of(new Change.Neutral(first.text().toLowerCase(Locale.ROOT), null));
            case "ANALYZE": case "ANALYSE": case "VACUUM": case "CLUSTER":
                return maintenance(c);
            case "REFRESH":
                return refresh(c);
            case "REINDEX":
                return reindex(c);
            case "SET":
                c.next();
                return SessionReader.set(c, dialect);
            case "LOCK":
                c.next();
                return SessionReader.lock(c);
            case "UNLOCK":
                return neutral(c, 2);
            case "DO":
                c.next();
                return blocks.readDo(c);
            case "BEGIN":
                if (c.at("BEGIN", "NOT", "ATOMIC") || (dialect.isMySqlFamily() && c.sub(1, c.end()).find("END") >= 0)) {
                    return mySqlBlock(c);
                }
                return SessionReader.transaction(c);
            default:
                return SessionReader.transaction(c);
        }
    }

    private Recognition mySqlBlock(Cursor c) {
        int from = c.peek().start();
        int to = c.get(c.end() - 1).end();
        return blocks.body(c.sql().substring(from, to));
    }

    private static Recognition neutral(Cursor c, int words) {
        String verb = c.words(words);
        c.seek(c.pos() + verb.split(" ").length);
        return Recognition.of(new Change.Neutral(verb, null));
    }

    private static Recognition truncate(Cursor c) {
        c.next();
        c.accept("TABLE");
        c.accept("ONLY");
        List<Name> tables = new ArrayList<>();
        while (!c.atEnd()) {
            Name n = c.name();
            if (n == null) {
                break;
            }
            tables.add(n);
            c.acceptSymbol("*");
            if (!c.acceptSymbol(",")) {
                break;
            }
        }
        if (tables.isEmpty()) {
            return Recognition.failed("TRUNCATE without a table");
        }
        return Recognition.of(new Change.Truncate(tables, c.contains("CASCADE")));
    }

    /** MySQL RENAME TABLE a TO b, c TO d. */
    private static Recognition renameTables(Cursor c) {
        c.next();
        if (!c.accept("TABLE")) {
            return c.at("USER") ? Recognition.of(new Change.Neutral("rename user", null)) : null;
        }
        List<Change> out = new ArrayList<>();
        while (!c.atEnd()) {
            Name from = c.name();
            if (from == null || !c.accept("TO")) {
                return Recognition.failed("RENAME TABLE not understood");
            }
            Name to = c.name();
            if (to == null) {
                return Recognition.failed("RENAME TABLE not understood");
            }
            out.add(new Change.RenameTable(from, to));
            if (!c.acceptSymbol(",")) {
                break;
            }
        }
        return Recognition.of(out);
    }

    /** SELECT set_config('name', 'value', is_local) is a setting; any other SELECT changes nothing. */
    private static Recognition select(Cursor c) {
        List<Change> out = new ArrayList<>();
        for (int p = c.pos(); p + 3 < c.end(); p++) {
            Lexeme l = c.get(p);
            if (!l.is("set_config") || !c.get(p + 1).isSymbol("(")) {
                continue;
            }
            Lexeme name = c.get(p + 2);
            Lexeme value = p + 4 < c.end() ? c.get(p + 4) : null;
            boolean local = false;
            if (p + 6 < c.end() && c.get(p + 6).is("true")) {
                local = true;
            }
            if (name.kind() == Lexeme.Kind.STRING) {
                out.add(new Change.SessionSetting(name.stringValue().toLowerCase(Locale.ROOT),
                        value == null ? null : value.stringValue(),
                        local ? Change.Scope.LOCAL : Change.Scope.SESSION));
            }
        }
        if (out.isEmpty()) {
            out.add(new Change.Neutral("select", null));
        }
        return Recognition.of(out);
    }

    private static Recognition comment(Cursor c) {
        if (!c.at("COMMENT", "ON")) {
            return null;
        }
        c.next();
        c.next();
        StringBuilder verb = new StringBuilder("comment on");
        while (!c.atEnd() && c.peek().kind() == Lexeme.Kind.WORD && isCommentKind(c.peek().upper())) {
            verb.append(' ').append(c.next().text().toLowerCase(Locale.ROOT));
        }
        Name target = c.name();
        return Recognition.of(new Change.Neutral(verb.toString(), target));
    }

    private static boolean isCommentKind(String w) {
        switch (w) {
            case "TABLE": case "COLUMN": case "INDEX": case "VIEW": case "MATERIALIZED": case "FUNCTION":
            case "PROCEDURE": case "TYPE": case "SCHEMA": case "SEQUENCE": case "CONSTRAINT": case "TRIGGER":
            case "DOMAIN": case "EXTENSION": case "DATABASE": case "ROLE": case "POLICY": case "RULE":
            case "FOREIGN": case "AGGREGATE": case "COLLATION": case "OPERATOR": case "EVENT": case "LARGE":
            case "OBJECT": case "ACCESS": case "METHOD": case "CAST": case "LANGUAGE": case "PUBLICATION":
            case "SERVER": case "STATISTICS": case "SUBSCRIPTION": case "TABLESPACE": case "TEXT": case "SEARCH":
            case "CONFIGURATION": case "DICTIONARY": case "COLUMN_": case "ROUTINE":
                return true;
            default:
                return false;
        }
    }

    /** {@code (FULL false)} / {@code (FULL off)} / {@code (FULL 0)}: the option named but turned off. */
    private static boolean fullOff(Cursor inside) {
        int at = inside.find("FULL");
        if (at < 0 || at + 1 >= inside.end()) {
            return false;
        }
        String value = inside.get(at + 1).upper();
        return value.equals("FALSE") || value.equals("OFF") || value.equals("0");
    }

    private static Recognition maintenance(Cursor c) {
        StringBuilder verb = new StringBuilder(c.next().text().toLowerCase(Locale.ROOT));
        int[] options = c.skipParens();
        if (options != null) {
            // VACUUM (FULL, ANALYZE) t: keep the options that change what the statement does, as the bare forms do
            for (String option : List.of("FULL", "VERBOSE", "ANALYZE", "FREEZE")) {
                Cursor inside = c.sub(options[0], options[1]);
                if (inside.contains(option) && !(option.equals("FULL") && fullOff(inside))) {
                    verb.append(' ').append(option.toLowerCase(Locale.ROOT));
                }
            }
        }
        while (c.at("FULL") || c.at("VERBOSE") || c.at("ANALYZE") || c.at("FREEZE") || c.at("ANALYSE")) {
            verb.append(' ').append(c.next().text().toLowerCase(Locale.ROOT));
        }
        c.accept("TABLE");
        Name target = c.name();
        return Recognition.of(new Change.Neutral(verb.toString(), target));
    }

    private static Recognition refresh(Cursor c) {
        if (!c.at("REFRESH", "MATERIALIZED", "VIEW")) {
            return null;
        }
        c.seek(c.pos() + 3);
        String verb = "refresh materialized view" + (c.accept("CONCURRENTLY") ? " concurrently" : "");
        return Recognition.of(new Change.Neutral(verb, c.name()));
    }

    private static Recognition reindex(Cursor c) {
        c.next();
        c.skipParens();
        String kind = "";
        if (c.at("INDEX") || c.at("TABLE") || c.at("SCHEMA") || c.at("DATABASE") || c.at("SYSTEM")) {
            kind = c.next().text().toLowerCase(Locale.ROOT) + " ";
        }
        boolean concurrently = c.accept("CONCURRENTLY");
        Name target = c.name();
        return Recognition.of(new Change.Reindex(kind + (target == null ? "" : target.toString()), concurrently));
    }
}
