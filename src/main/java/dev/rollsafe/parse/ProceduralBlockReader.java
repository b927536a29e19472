package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The SQL statements inside a procedural body (PostgreSQL DO, MySQL BEGIN NOT ATOMIC ... END): the body is
 * cut on semicolons outside strings and parentheses, control flow (DECLARE, BEGIN, IF ... THEN, LOOP,
 * EXCEPTION WHEN ..., RAISE, PERFORM, RETURN, assignments) is skipped, and what remains that starts with
 * an SQL verb is recognised as a statement of its own. EXECUTE of a constant string is recognised too;
 * dynamic SQL cannot be.
 */
final class ProceduralBlockReader {

    /** Verbs that start a statement worth recognising inside a block. */
    private static final Set<String> VERBS = Set.of(
            "ALTER", "CREATE", "DROP", "INSERT", "UPDATE", "DELETE", "MERGE", "TRUNCATE", "COMMENT", "GRANT",
            "REVOKE", "LOCK", "REINDEX", "REFRESH", "ANALYZE", "CLUSTER", "RENAME", "REPLACE", "SET", "WITH",
            "VACUUM", "CALL");

    /** Verbs whose statement, when not understood, makes the whole block not understood. */
    private static final Set<String> SCHEMA_VERBS = Set.of("ALTER", "CREATE", "DROP", "RENAME", "TRUNCATE");

    private final Dialect dialect;
    private final Function<String, Recognition> inner;

    ProceduralBlockReader(Dialect dialect, Function<String, Recognition> inner) {
        this.dialect = dialect;
        this.inner = inner;
    }

    /** Reads a PostgreSQL DO statement from just after DO. */
    Recognition readDo(Cursor c) {
        while (!c.atEnd()) {
            if (c.accept("LANGUAGE")) {
                c.next(); // the language name, possibly a string: 'plpgsql'
                continue;
            }
            Lexeme l = c.next();
            if (l.kind() == Lexeme.Kind.STRING) {
                return body(l.stringValue());
            }
        }
        return Recognition.failed("DO without a body");
    }

    /** Recognises the statements of a procedural body. */
    Recognition body(String body) {
        List<Lexeme> lx = Lexemes.scan(body, dialect);
        Cursor all = new Cursor(body, lx);
        List<Change> changes = new ArrayList<>();
        String problem = null;
        int depth = 0;
        int start = 0;
        for (int p = 0; p <= lx.size(); p++) {
            boolean cut = p == lx.size();
            if (!cut) {
                Lexeme l = lx.get(p);
                if (l.isSymbol("(")) {
                    depth++;
                } else if (l.isSymbol(")")) {
                    depth--;
                } else if (l.isSymbol(";") && depth <= 0) {
                    cut = true;
                    depth = 0;
                }
            }
            if (cut) {
                if (start < p) {
                    String p2 = piece(all.sub(start, p), changes);
                    problem = problem == null ? p2 : problem;
                }
                start = p + 1;
            }
        }
        if (problem != null) {
            return new Recognition(List.of(new Change.ProceduralBlock(changes)), false, problem);
        }
        return Recognition.of(new Change.ProceduralBlock(changes));
    }

    /** Handles one piece between semicolons; returns a problem or null. */
    private String piece(Cursor c, List<Change> out) {
        skipControl(c);
        if (c.atEnd()) {
            return null;
        }
        Lexeme first = c.peek();
        if (first.is("EXECUTE") && c.peek(1) != null && c.peek(1).kind() == Lexeme.Kind.STRING
                && (c.peek(2) == null || c.peek(2).is("USING") || c.peek(2).is("INTO"))) {
            String sql = c.peek(1).stringValue();
            Recognition r = inner.apply(sql);
            out.addAll(r.changes());
            return r.understood() || !startsWithSchemaVerb(sql) ? null : r.problem();
        }
        if (first.kind() != Lexeme.Kind.WORD || !VERBS.contains(first.upper())) {
            return null;
        }
        if (c.peek(1) != null && (c.peek(1).isSymbol(":=") || c.peek(1).isSymbol("="))) {
            return null; // an assignment to a variable named like a verb
        }
        String sql = c.restText();
        Recognition r = inner.apply(sql);
        out.addAll(r.changes());
        if (!r.understood() && SCHEMA_VERBS.contains(first.upper())) {
            return r.problem();
        }
        return null;
    }

    private boolean startsWithSchemaVerb(String sql) {
        List<Lexeme> lx = Lexemes.scan(sql, 0, sql.length(), dialect, 1);
        return !lx.isEmpty() && SCHEMA_VERBS.contains(lx.get(0).upper());
    }

    /** Moves past the control-flow words that can open a piece. */
    private static void skipControl(Cursor c) {
        while (!c.atEnd()) {
            if (c.atSymbol("<") && c.peek(1) != null && c.peek(1).isSymbol("<")) {
                while (!c.atEnd() && !(c.atSymbol(">") && c.peek(1) != null && c.peek(1).isSymbol(">"))) {
                    c.next();
                }
                c.next();
                c.next();
            } else if (c.at("DECLARE")) {
                int begin = c.find("BEGIN");
                if (begin < 0) {
                    c.seek(c.end());
                    return;
                }
                c.seek(begin + 1);
            } else if (c.at("END")) {
                c.seek(c.end());
                return;
            } else if (c.at("IF") || c.at("ELSIF") || c.at("ELSEIF") || c.at("WHEN")) {
                if (!jumpAfter(c, "THEN")) {
                    return;
                }
            } else if (c.at("FOR") || c.at("FOREACH") || c.at("WHILE")) {
                if (!jumpAfter(c, "LOOP") && !jumpAfter(c, "DO")) {
                    return;
                }
            } else if (c.at("BEGIN") || c.at("ELSE") || c.at("LOOP") || c.at("EXCEPTION") || c.at("CASE")
                    || c.at("REPEAT") || c.at("NOT", "ATOMIC")) {
                if (c.at("BEGIN", "NOT", "ATOMIC")) {
                    c.next();
                    c.next();
                }
                c.next();
            } else if (c.peek().kind() == Lexeme.Kind.WORD && c.peek(1) != null && c.peek(1).isSymbol(":")
                    && c.peek(2) != null && (c.peek(2).is("BEGIN") || c.peek(2).is("LOOP") || c.peek(2).is("WHILE"))) {
                c.next(); // MySQL label:
                c.next();
            } else {
                return;
            }
        }
    }

    private static boolean jumpAfter(Cursor c, String word) {
        int start = c.pos();
        c.next();
        int at = c.find(word);
        if (at < 0) {
            c.seek(start);
            return false;
        }
        c.seek(at + 1);
        return true;
    }
}
