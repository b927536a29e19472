package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SplitterTest {

    private static List<RawStatement> pg(String text) {
        return Splitter.split(text, 0, text.length(), Dialect.POSTGRESQL, null, false).statements();
    }

    private static List<RawStatement> my(String text) {
        return Splitter.split(text, 0, text.length(), Dialect.MYSQL, null, false).statements();
    }

    private static List<String> texts(List<RawStatement> statements) {
        return statements.stream().map(RawStatement::text).collect(Collectors.toList());
    }

    @Test
    void splitsOnSemicolonsAndLocatesFirstTokenAfterComments() {
        String sql = "-- header\n/* block */\nCREATE TABLE a (id int);\n\n  ALTER TABLE a\n  ADD COLUMN b text;\n";
        List<RawStatement> st = pg(sql);
        assertEquals(List.of("CREATE TABLE a (id int)", "ALTER TABLE a\n  ADD COLUMN b text"), texts(st));
        Span first = st.get(0).span();
        assertEquals(3, first.line());
        assertEquals(1, first.column());
        assertEquals(3, first.endLine());
        assertEquals(24, first.endColumn());
        Span second = st.get(1).span();
        assertEquals(5, second.line());
        assertEquals(3, second.column());
        assertEquals(6, second.endLine());
        assertEquals(20, second.endColumn());
        assertEquals(2, st.get(0).comments().size());
        assertEquals("header", st.get(0).comments().get(0).body());
    }

    @Test
    void columnsCountUtf16Units() {
        String sql = "/* \uD83D\uDE00 */ SELECT 1;";
        RawStatement s = pg(sql).get(0);
        assertEquals(10, s.span().column());
        assertEquals(18, s.span().endColumn());
    }

    @Test
    void crlfAndLoneCrEndLines() {
        String sql = "SELECT 1;\r\nSELECT 2;\rSELECT 3;";
        List<RawStatement> st = pg(sql);
        assertEquals(List.of(1, 2, 3), st.stream().map(s -> s.span().line()).collect(Collectors.toList()));
    }

    @Test
    void dollarQuotesHideSemicolons() {
        String sql = "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN x := 1; RETURN NEW; END $body$ LANGUAGE plpgsql;\n"
                + "DO $$ BEGIN PERFORM 1; END $$;\nSELECT $1 + a$b;";
        List<RawStatement> st = pg(sql);
        assertEquals(3, st.size());
        assertTrue(st.get(0).text().endsWith("LANGUAGE plpgsql"));
        assertEquals("DO $$ BEGIN PERFORM 1; END $$", st.get(1).text());
        assertNull(st.get(2).problem());
    }

    @Test
    void nestedBlockCommentsInPostgres() {
        List<RawStatement> st = pg("/* a /* b; */ still comment; */ SELECT 1; SELECT 2;");
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(st));
    }

    @Test
    void stringsAndQuotedIdentifiersHideSemicolons() {
        List<RawStatement> st = pg("INSERT INTO \"a;b\" VALUES ('x;''y', E'it\\'s; ok');SELECT 2;");
        assertEquals(2, st.size());
        assertEquals("INSERT INTO \"a;b\" VALUES ('x;''y', E'it\\'s; ok')", st.get(0).text());
    }

    @Test
    void postgresPlainStringsHaveNoBackslashEscape() {
        List<RawStatement> st = pg("SELECT 'C:\\'; SELECT 2;");
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), texts(st));
    }

    @Test
    void mysqlCommentsEscapesAndBackticks() {
        String sql = "# hash comment; still\nINSERT INTO `t;x` VALUES ('it\\'s; ok', \"dq;\\\"\");\n"
                + "SELECT 1--1;\n-- real comment;\nSELECT 3;";
        List<RawStatement> st = my(sql);
        assertEquals(List.of("INSERT INTO `t;x` VALUES ('it\\'s; ok', \"dq;\\\"\")", "SELECT 1--1", "SELECT 3"), texts(st));
        assertEquals(2, st.get(0).span().line());
    }

    @Test
    void mysqlDelimiterBlocks() {
        String sql = "DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND$$\nDELIMITER ;\nSELECT 3;\n";
        SplitResult r = Splitter.split(sql, 0, sql.length(), Dialect.MYSQL, null, false);
        List<RawStatement> st = r.statements();
        assertEquals(2, st.size());
        assertTrue(st.get(0).text().startsWith("CREATE PROCEDURE p()"));
        assertTrue(st.get(0).text().endsWith("END"));
        assertEquals(2, st.get(0).span().line());
        assertEquals("SELECT 3", st.get(1).text());
        assertEquals(";", r.delimiterAtEnd());
    }

    @Test
    void mysqlProcedureBodyWithoutDelimiterCommand() {
        String sql = "CREATE DEFINER=`root`@`%` PROCEDURE p()\nBEGIN\n  IF 1 THEN SELECT 1; END IF;\n"
                + "  CASE WHEN 1 THEN SELECT 2; END CASE;\n  SELECT CASE WHEN 1 THEN 2 END;\nEND;\nSELECT 9;";
        List<RawStatement> st = my(sql);
        assertEquals(2, st.size(), texts(st).toString());
        assertEquals("SELECT 9", st.get(1).text());
    }

    @Test
    void postgresBeginAtomicBody() {
        String sql = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\nBEGIN;\nCOMMIT;";
        assertEquals(List.of("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END",
                "BEGIN", "COMMIT"), texts(pg(sql)));
    }

    @Test
    void mysqlExecutableCommentsAreSql() {
        RawStatement s = my("/*!40101 SET NAMES utf8 */;").get(0);
        assertEquals("/*!40101 SET NAMES utf8 */", s.text());
        assertEquals("SET NAMES utf8", s.sql().strip());
        assertEquals(s.text().length(), s.sql().length());
    }

    @Test
    void commentsInsideAreBlankedInSqlWithLengthKept() {
        RawStatement s = pg("ALTER TABLE a -- why\n ADD b int /* x */ NULL;").get(0);
        assertEquals(s.text().length(), s.sql().length());
        assertEquals("ALTER TABLE a       \n ADD b int         NULL", s.sql());
        assertEquals(2, s.comments().size());
    }

    @Test
    void placeholdersBecomeIdentifiers() {
        RawStatement s = pg("CREATE TABLE ${schema}.t (id $%AUTO_INCREMENT_PRIMARY_KEY%$, n {{ .Type }});").get(0);
        String expected = s.text().replace("${schema}", "x________")
                .replace("$%AUTO_INCREMENT_PRIMARY_KEY%$", "x" + "_".repeat("$%AUTO_INCREMENT_PRIMARY_KEY%$".length() - 1))
                .replace("{{ .Type }}", "x__________");
        assertEquals(expected, s.sql());
        assertTrue(s.text().contains("${schema}"));
    }

    @Test
    void unterminatedQuoteIsAProblemAndRunsToTheEnd() {
        List<RawStatement> st = pg("SELECT 1;\nSELECT 'oops;\nSELECT 3;");
        assertEquals(2, st.size());
        assertNotNull(st.get(1).problem());
        assertTrue(st.get(1).problem().contains("unterminated string literal starting at line 2, column 8"),
                st.get(1).problem());
        assertTrue(pg("SELECT $x$ never closed").get(0).problem().contains("unterminated dollar-quoted"));
        assertTrue(pg("SELECT 1 /* never closed").get(0).problem().contains("unterminated comment"));
        List<RawStatement> trailing = pg("SELECT 1;\n/* never closed; SELECT 2;");
        assertEquals(2, trailing.size());
        assertTrue(trailing.get(1).problem().contains("unterminated comment starting at line 2, column 1"));
    }

    @Test
    void singleStatementModeKeepsSemicolonsAndDropsTheTrailingOne() {
        String sql = "-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int AS 'select 1; select 2' LANGUAGE sql; SELECT 1;\n";
        List<RawStatement> st = Splitter.split(sql, 0, sql.length(), Dialect.POSTGRESQL, null, true).statements();
        assertEquals(1, st.size());
        assertTrue(st.get(0).text().endsWith("SELECT 1"), st.get(0).text());
    }

    @Test
    void segmentBoundsAreRespectedAndPositionsStayFileRelative() {
        String sql = "SELECT 0;\n-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n";
        int start = sql.indexOf("-- +goose Up");
        int end = sql.indexOf("-- +goose Down");
        List<RawStatement> st = Splitter.split(sql, start, end, Dialect.POSTGRESQL, null, false).statements();
        assertEquals(List.of("SELECT 1"), texts(st));
        assertEquals(3, st.get(0).span().line());
        assertEquals(sql.indexOf("SELECT 1"), st.get(0).span().start());
    }

    @Test
    void emptyStatementsAndTrailingCommentsProduceNothing() {
        assertEquals(List.of(), texts(pg(";;\n-- only a comment\n")));
        assertEquals(List.of(), texts(pg("")));
    }

    @Test
    void customDelimiterFromTheFramework() {
        String sql = "CREATE PROCEDURE p() BEGIN SELECT 1; END\nGO\nSELECT 2\nGO\n";
        List<RawStatement> st = Splitter.split(sql, 0, sql.length(), Dialect.MYSQL, "\nGO", false).statements();
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 2"), texts(st));
    }
}
