package dev.rollsafe.parse;

import dev.rollsafe.model.Dialect;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses exactly one statement with JSqlParser 5.4 on the calling thread, working around its traps:
 * blank-line runs are collapsed (two blank lines would end the statement early), the parser must reach
 * the end of the text (it would otherwise drop the rest silently), and its JUL logger is silenced.
 * A {@link Watchdog} interrupts a parse that runs too long.
 */
final class JsqlParse {

    /** Result: the statement, or the parser's first error line. */
    record Outcome(Statement statement, String error) {
    }

    /** Held so the logger's level is not lost to garbage collection of an unreferenced logger. */
    private static final Logger JSQLPARSER_LOG = Logger.getLogger("net.sf.jsqlparser");

    static {
        JSQLPARSER_LOG.setLevel(Level.WARNING);
    }

    /**
     * Shorter statements parse on the calling thread without a watchdog: measured on JSqlParser 5.4, they
     * take milliseconds even nested 100 deep, and skipping the watchdog keeps its thread from ever starting
     * for most files.
     */
    static final int WATCH_ABOVE_CHARS = 20_000;

    private final Dialect dialect;
    private final Watchdog watchdog;

    JsqlParse(Dialect dialect, Watchdog watchdog) {
        this.dialect = dialect;
        this.watchdog = watchdog;
    }

    Outcome parse(String sql, List<Lexeme> lexemes) {
        String text = collapseBlankLines(sql, lexemes);
        CCJSqlParser parser = CCJSqlParserUtil.newParser(text);
        if (dialect.isMySqlFamily()) {
            parser.withDialect(dialect == Dialect.MARIADB ? AbstractJSqlParser.Dialect.MARIADB : AbstractJSqlParser.Dialect.MYSQL);
            parser.withBackslashEscapeCharacter(true);
        } else {
            parser.withDialect(AbstractJSqlParser.Dialect.POSTGRESQL);
        }
        parser.withAllowComplexParsing(true);
        Watchdog.Ticket ticket = text.length() > WATCH_ABOVE_CHARS
                ? watchdog.watch(() -> parser.interrupted = true) : () -> { };
        try {
            Statement st = parser.Statement();
            Token next = parser.getNextToken();
            while (next != null && next.kind != 0 && ";".equals(next.image)) {
                next = parser.getNextToken();
            }
            if (next != null && next.kind != 0) {
                return new Outcome(null, "JSqlParser stopped before the end at line " + next.beginLine + ", column "
                        + next.beginColumn + " (\"" + next.image + "\")");
            }
            if (st == null) {
                return new Outcome(null, "JSqlParser returned no statement");
            }
            return new Outcome(st, null);
        } catch (ParseException e) {
            return new Outcome(null, parser.interrupted ? "JSqlParser timed out" : firstLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, parser.interrupted ? "JSqlParser timed out" : "JSqlParser failed: " + firstLine(String.valueOf(e)));
        } finally {
            ticket.cancel();
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "JSqlParser failed";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    /**
     * Replaces each whitespace gap between lexemes that holds two or more line breaks with a single line
     * break, so JSqlParser does not take it for a statement terminator. String literals are lexemes and
     * keep their blank lines.
     */
    static String collapseBlankLines(String sql, List<Lexeme> lexemes) {
        StringBuilder out = null;
        int copied = 0;
        int prevEnd = 0;
        for (int i = 0; i <= lexemes.size(); i++) {
            int start = i < lexemes.size() ? lexemes.get(i).start() : sql.length();
            if (start - prevEnd >= 2 && countNewlines(sql, prevEnd, start) >= 2) {
                if (out == null) {
                    out = new StringBuilder(sql.length());
                }
                out.append(sql, copied, prevEnd).append('\n');
                copied = start;
            }
            if (i < lexemes.size()) {
                prevEnd = lexemes.get(i).end();
            }
        }
        if (out == null) {
            return sql;
        }
        out.append(sql, copied, sql.length());
        return out.toString();
    }

    private static int countNewlines(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
