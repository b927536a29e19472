package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Schema;
import dev.rollsafe.model.Span;
import dev.rollsafe.model.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnparsedStatementRuleTest {

    /** A context of one statement in a MySQL migration. */
    record OneStatement(Statement statement) implements StatementContext {
        public List<Statement> migrationStatements() { return List.of(statement); }
        public int index() { return 0; }
        public String path() { return "V1__x.sql"; }
        public String layout() { return "flyway"; }
        public boolean inTransaction() { return true; }
        public Dialect dialect() { return Dialect.MYSQL; }
        public String dbVersion() { return null; }
        public Schema schemaBefore() { return Schema.empty(Dialect.MYSQL); }
        public Schema schemaAtMigrationStart() { return Schema.empty(Dialect.MYSQL); }
    }

    /** Collects reports as "message | help". */
    static final class Collector implements FindingSink {
        final List<String> reports = new ArrayList<>();

        public void report(String message, String help) {
            reports.add(message + " | " + help);
        }

        public void report(Span span, String message, String help, List<Evidence> evidence) {
            reports.add(message + " | " + help);
        }
    }

    private static Statement statement(String text, boolean understood, String problem, boolean deploy) {
        return new Statement(text, new Span(0, text.length(), 1, 1, 1, text.length() + 1), List.of(), List.of(),
                understood, problem, deploy);
    }

    private static List<String> run(Statement s) {
        Collector sink = new Collector();
        new UnparsedStatementRule().check(new OneStatement(s), sink);
        return sink.reports;
    }

    @Test
    void firesOnUnderstoodFalseNamingReasonAndFirstWords() {
        List<String> reports = run(statement("ALTR  TABLE\n orders ADD COLUMN note int", false,
                "unexpected word ALTR", true));
        assertEquals(1, reports.size());
        String report = reports.get(0);
        assertTrue(report.contains("`ALTR TABLE orders ADD ...`"), report);
        assertTrue(report.contains("unexpected word ALTR"), report);
        assertTrue(report.contains("mysql"), "help names the dialect: " + report);
    }

    @Test
    void quietOnUnderstoodAndDownStatements() {
        assertEquals(List.of(), run(statement("ALTER TABLE t ADD COLUMN c int", true, null, true)));
        assertEquals(List.of(), run(statement("ALTR TABLE t", false, "x", false)));
    }

    @Test
    void worksWithoutAProblemText() {
        List<String> reports = run(statement("FOO", false, null, true));
        assertEquals(1, reports.size());
        assertTrue(reports.get(0).startsWith("rollsafe could not understand `FOO`;"), reports.get(0));
    }

    @Test
    void shortensLongFirstWordsAtAWordBreak() {
        assertEquals("x".repeat(60) + " ...", UnparsedStatementRule.firstWords("x".repeat(100)));
        assertEquals("A B C D", UnparsedStatementRule.firstWords(" A B\tC D "));
        assertEquals("ALTER TABLE v1_payload_cutover_job_offset DROP ...",
                UnparsedStatementRule.firstWords("ALTER TABLE v1_payload_cutover_job_offset DROP COLUMN x"));
        assertEquals("ALTER TABLE ...", UnparsedStatementRule.firstWords("ALTER TABLE " + "y".repeat(60) + " DROP"));
    }
}
