package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import java.util.List;
import java.util.Locale;

/**
 * Understands one SQL statement: what it changes, as {@link Change} records.
 *
 * <p>Two readers work together. JSqlParser 5.4 reads the statement kinds it models well (CREATE TABLE,
 * CREATE VIEW, row changes, SELECT); rollsafe's own {@link FallbackRecognizer} reads everything
 * JSqlParser is known to model badly or drop words from (ALTER TABLE clause by clause, CREATE / DROP
 * INDEX with CONCURRENTLY, routines with bodies, SET, LOCK, DO blocks, ...) and anything JSqlParser
 * fails on. A statement is not understood only when neither reader understands it.
 *
 * <p>Work is bounded: statements longer than {@link #FULL_PARSE_LIMIT} chars or nested deeper than
 * {@link #MAX_NESTING} parentheses skip JSqlParser, and a JSqlParser parse is interrupted after
 * {@link #PARSE_TIMEOUT_MILLIS}. A huge statement (a 50 MB INSERT) is recognised from its head.
 *
 * <p>Thread-safe: a recognizer holds no per-statement state; one can serve several threads. It is also
 * cheap to create (one per file is fine): its watchdog starts a thread only when a statement longer than
 * {@link JsqlParse#WATCH_ABOVE_CHARS} is parsed, and that thread ends after a second without work.
 */
public final class Recognizer {

    /** Longer statements are not given to JSqlParser. */
    static final int FULL_PARSE_LIMIT = 200_000;
    /** Deeper nesting is not given to JSqlParser (its backtracking can explode). */
    static final int MAX_NESTING = 100;
    static final long PARSE_TIMEOUT_MILLIS = 5_000;
    /** Lexemes read from the head of a row change too long for the full parser. */
    private static final int HEAD_LEXEMES = 20_000;
    /** Longer statements that are not row changes are not read at all. */
    static final int FALLBACK_LIMIT = 2_000_000;
    /** Nesting of DO blocks and EXECUTE strings recognised inside each other. */
    private static final int MAX_DEPTH = 3;

    private static final java.util.regex.Pattern UPSERT_TAIL =
            java.util.regex.Pattern.compile("\\bON\\s+(CONFLICT|DUPLICATE\\s+KEY)\\b");

    private final Dialect dialect;
    private final JsqlParse jsql;
    private final JsqlMapper mapper;

    public Recognizer(Dialect dialect) {
        this.dialect = dialect;
        this.jsql = new JsqlParse(dialect, new Watchdog(PARSE_TIMEOUT_MILLIS));
        this.mapper = new JsqlMapper(dialect);
    }

    /** Recognises one statement (without its terminating delimiter). Never throws. */
    public Recognition recognize(String sql) {
        try {
            return recognize(sql == null ? "" : sql, 0);
        } catch (RuntimeException | StackOverflowError e) {
            return Recognition.failed("recognizer failed: " + e.getClass().getSimpleName());
        }
    }

    private Recognition recognize(String sql, int depth) {
        boolean tooLong = sql.length() > FULL_PARSE_LIMIT;
        if (tooLong) {
            Recognition h = head(sql);
            if (h != null || sql.length() > FALLBACK_LIMIT) {
                return h != null ? h : Recognition.failed("too long to read (" + sql.length() + " chars)");
            }
        }
        List<Lexeme> lexemes = Lexemes.scan(sql, dialect);
        if (lexemes.isEmpty()) {
            return Recognition.of(List.of());
        }
        Recognition empty = emptyIdentifier(lexemes);
        if (empty != null) {
            return empty;
        }
        List<int[]> pieces = statementsInside(lexemes);
        if (pieces.size() > 1 && depth < MAX_DEPTH) {
            return several(sql, lexemes, pieces, depth);
        }
        FallbackRecognizer fallback = new FallbackRecognizer(dialect,
                inner -> depth >= MAX_DEPTH ? Recognition.failed("nested too deep") : recognize(inner, depth + 1));
        boolean parseable = !tooLong && nesting(lexemes) <= MAX_NESTING;
        String jsqlError = null;
        if (parseable && jsqlFirst(lexemes)) {
            JsqlParse.Outcome o = jsql.parse(sql, lexemes);
            if (o.statement() != null) {
                Recognition r = mapper.map(o.statement(), sql, lexemes);
                if (r != null && r.understood()) {
                    return r;
                }
            } else {
                jsqlError = o.error();
            }
        }
        Recognition r = fallback.recognize(sql, lexemes);
        if (r != null && r.understood()) {
            return r;
        }
        if (jsqlError == null && parseable && !jsqlFirst(lexemes)) {
            JsqlParse.Outcome o = jsql.parse(sql, lexemes);
            if (o.statement() != null) {
                Recognition m = mapper.map(o.statement(), sql, lexemes);
                if (m != null && m.understood()) {
                    return m;
                }
            } else {
                jsqlError = o.error();
            }
        }
        if (r != null) {
            return r; // partly understood (e.g. one ALTER TABLE clause): keep what was understood
        }
        if (jsqlError == null) {
            jsqlError = parseable ? "statement kind not known: " + lexemes.get(0).text().toUpperCase(Locale.ROOT)
                    : tooLong ? "too long for the full parser (" + sql.length() + " chars)"
                    : "nested too deeply for the full parser";
        }
        return Recognition.failed(jsqlError);
    }

    /**
     * Input that holds several statements (a goose StatementBegin/End block sent as one string, which
     * PostgreSQL runs one after the other): the lexeme ranges between top-level semicolons. One range when
     * the semicolons belong to a routine or block body (MySQL BEGIN ... END, BEGIN ATOMIC).
     */
    private static List<int[]> statementsInside(List<Lexeme> lexemes) {
        List<int[]> out = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < lexemes.size(); i++) {
            Lexeme l = lexemes.get(i);
            if (l.isSymbol("(")) {
                depth++;
            } else if (l.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && l.kind() == Lexeme.Kind.WORD && out.isEmpty() && isBodyWord(l)) {
                return List.of(new int[] {0, lexemes.size()});
            } else if (depth == 0 && l.isSymbol(";")) {
                if (i > start) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        if (start < lexemes.size()) {
            out.add(new int[] {start, lexemes.size()});
        }
        return out;
    }

    private static boolean isBodyWord(Lexeme l) {
        return l.is("BEGIN") || l.is("PROCEDURE") || l.is("FUNCTION") || l.is("TRIGGER") || l.is("EVENT")
                || l.is("ATOMIC") || l.is("DO") || l.is("LOOP") || l.is("THEN");
    }

    private Recognition several(String sql, List<Lexeme> lexemes, List<int[]> pieces, int depth) {
        List<Change> changes = new java.util.ArrayList<>();
        String problem = null;
        for (int[] p : pieces) {
            String part = sql.substring(lexemes.get(p[0]).start(), lexemes.get(p[1] - 1).end());
            Recognition r = recognize(part, depth + 1);
            changes.addAll(r.changes());
            if (!r.understood() && problem == null) {
                problem = r.problem();
            }
        }
        return new Recognition(changes, problem == null, problem);
    }

    /** A row change too long to parse in full, read from its head only; null when it is not one. */
    private Recognition head(String sql) {
        List<Lexeme> lexemes = Lexemes.scan(sql, 0, sql.length(), dialect, HEAD_LEXEMES);
        Lexeme first = lexemes.isEmpty() ? null : lexemes.get(0);
        if (first == null || !(first.is("INSERT") || first.is("REPLACE") || first.is("COPY") || first.is("UPDATE")
                || first.is("DELETE"))) {
            return null;
        }
        Recognition empty = emptyIdentifier(lexemes);
        if (empty != null) {
            return empty;
        }
        Recognition r = RowReader.read(new Cursor(sql, lexemes));
        if (r != null && r.understood() && first.is("INSERT") && tailHasUpsert(sql)) {
            Change.RowChange rc = (Change.RowChange) r.changes().get(0);
            return Recognition.of(new Change.RowChange(Change.RowOp.UPSERT, rc.table(), false));
        }
        return r;
    }

    /**
     * A statement with a zero-length quoted identifier ({@code ""}, {@code ``}) is rejected by both servers, and
     * no {@link dev.rollsafe.model.Name} can hold it: not understood, with that reason. Null when there is none.
     */
    private static Recognition emptyIdentifier(List<Lexeme> lexemes) {
        for (Lexeme l : lexemes) {
            if (l.kind() == Lexeme.Kind.QUOTED && l.text().length() == 2) {
                return Recognition.failed("zero-length quoted identifier " + l.text());
            }
        }
        return null;
    }

    private static boolean tailHasUpsert(String sql) {
        String tail = sql.substring(Math.max(0, sql.length() - 65_536)).toUpperCase(Locale.ROOT);
        return UPSERT_TAIL.matcher(tail).find();
    }

    /** Statement kinds JSqlParser reads well enough to go first; the fallback reads the rest. */
    private static boolean jsqlFirst(List<Lexeme> lx) {
        Lexeme a = lx.get(0);
        Lexeme b = lx.size() > 1 ? lx.get(1) : null;
        Lexeme c = lx.size() > 2 ? lx.get(2) : null;
        if (a.is("INSERT") || a.is("UPDATE") || a.is("DELETE") || a.is("MERGE") || a.is("SELECT")
                || a.is("WITH") || a.is("REPLACE") || a.is("TRUNCATE")) {
            return true;
        }
        if (a.is("CREATE") && b != null) {
            // CREATE TABLE goes to the own reader first: it reads every column and constraint itself (the
            // JSqlParser path re-reads them with the same reader), and JSqlParser took half of a cold run's
            // parsing time on CREATE TABLE alone; JSqlParser still reads what the own reader cannot.
            return b.is("VIEW") || b.is("OR") && c != null && c.is("REPLACE") && lx.size() > 3 && lx.get(3).is("VIEW");
        }
        return false;
    }

    private static int nesting(List<Lexeme> lexemes) {
        int depth = 0;
        int max = 0;
        for (Lexeme l : lexemes) {
            if (l.isSymbol("(")) {
                max = Math.max(max, ++depth);
            } else if (l.isSymbol(")")) {
                depth--;
            }
        }
        return max;
    }
}
