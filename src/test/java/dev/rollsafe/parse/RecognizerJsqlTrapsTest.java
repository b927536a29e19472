package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import org.junit.jupiter.api.Test;

/** The JSqlParser traps of JSQLPARSER.md, each worked around and checked. */
class RecognizerJsqlTrapsTest {

    private static JsqlParse.Outcome parse(Dialect d, String sql) {
        return new JsqlParse(d, new Watchdog(5_000)).parse(sql, Lexemes.scan(sql, d));
    }

    @Test
    void blankLinesDoNotEndTheStatement() {
        String sql = "CREATE TABLE t (\n  a int,\n\n\n  b text\n)";
        JsqlParse.Outcome o = parse(Dialect.POSTGRESQL, sql);
        assertNull(o.error());
        assertNotNull(o.statement());
        // the trap itself: without the collapse, JSqlParser ends the statement at the blank lines
        net.sf.jsqlparser.parser.CCJSqlParser raw = net.sf.jsqlparser.parser.CCJSqlParserUtil.newParser(sql)
                .withDialect(net.sf.jsqlparser.parser.AbstractJSqlParser.Dialect.POSTGRESQL);
        boolean failed;
        try {
            raw.Statement();
            failed = raw.getNextToken().kind != 0;
        } catch (net.sf.jsqlparser.parser.ParseException e) {
            failed = true;
        }
        assertTrue(failed, "JSqlParser no longer stops at blank lines: the collapse may be dropped");
    }

    @Test
    void blankLinesInsideStringsAreKept() {
        String sql = "INSERT INTO t VALUES ('a\n\n\nb')\n\n\n";
        String collapsed = JsqlParse.collapseBlankLines(sql, Lexemes.scan(sql, Dialect.POSTGRESQL));
        assertTrue(collapsed.contains("'a\n\n\nb'"), collapsed);
        assertEquals("INSERT INTO t VALUES ('a\n\n\nb')\n", collapsed);
    }

    @Test
    void textLeftAfterTheStatementIsAnError() {
        JsqlParse.Outcome o = parse(Dialect.POSTGRESQL, "SELECT 1 FROM t garbage more garbage");
        assertNull(o.statement());
        assertNotNull(o.error());
    }

    @Test
    void errorIsTheFirstLineOfJSqlParsersMessage() {
        JsqlParse.Outcome o = parse(Dialect.POSTGRESQL, "SELECT FROM WHERE");
        assertNotNull(o.error());
        assertTrue(!o.error().contains("\n"), o.error());
    }

    @Test
    void mySqlBackslashEscapesParse() {
        JsqlParse.Outcome o = parse(Dialect.MYSQL, "INSERT INTO t (a) VALUES ('it\\'s')");
        assertNull(o.error());
    }

    @Test
    void postgresNotValidParsesWithItsDialect() {
        JsqlParse.Outcome o = parse(Dialect.POSTGRESQL,
                "ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id) NOT VALID");
        assertNull(o.error());
    }
}
