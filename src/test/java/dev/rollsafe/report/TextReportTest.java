package dev.rollsafe.report;

import static dev.rollsafe.report.Results.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.engine.FileReport;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {

    @TempDir
    Path dir;

    private String render(List<dev.rollsafe.rules.Finding> findings, List<FileReport> files) {
        return Results.render(new TextReport(dir), Results.of(findings, files));
    }

    @Test
    void printsLocationSourceMarkerHelpAndSummary() throws Exception {
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/V1__a.sql"), "CREATE TABLE t (id int);\r\n  DROP TABLE t;\r\n");
        String out = render(List.of(finding("db/V1__a.sql", Level.ERROR, 2, 3, 2, 15, List.of())),
                List.of(new FileReport("db/V1__a.sql", "flyway", "postgresql", 2, 0, null)));
        assertEquals("db/V1__a.sql:2:3: error[some-rule]: the message\n"
                + "  2 |   DROP TABLE t;\n"
                + "    |   ^~~~~~~~~~~~\n"
                + "    = help: the help\n"
                + "\n"
                + "1 error in 1 file (2 statements)\n", out);
    }

    @Test
    void markerRunsToLineEndForMultiLineSpanAndKeepsTabs() throws Exception {
        Files.writeString(dir.resolve("a.sql"), "\tALTER TABLE t\n\t\tDROP COLUMN c;\n");
        String out = render(List.of(finding("a.sql", Level.WARNING, 1, 2, 2, 17,
                List.of(new Evidence("v1.2.0", "src/Foo.java", 12, "  select c from t  "),
                        new Evidence(null, null, 0, "no release")))), List.of());
        assertEquals("a.sql:1:2: warning[some-rule]: the message\n"
                + "  1 | \tALTER TABLE t\n"
                + "    | \t^~~~~~~~~~~~~\n"
                + "    = help: the help\n"
                + "    = evidence: v1.2.0: src/Foo.java:12: select c from t\n"
                + "    = evidence: no release\n"
                + "\n"
                + "1 warning in 0 files (0 statements)\n", out);
    }

    @Test
    void toleratesMissingFileAndOutOfRangeLine() throws Exception {
        Files.writeString(dir.resolve("short.sql"), "SELECT 1;\n");
        String out = render(List.of(
                finding("gone.sql", Level.NOTE, 1, 1, 1, 5, List.of()),
                finding("short.sql", Level.NOTE, 40, 1, 40, 5, List.of())), List.of());
        assertEquals("gone.sql:1:1: note[some-rule]: the message\n"
                + "    = help: the help\n"
                + "\n"
                + "short.sql:40:1: note[some-rule]: the message\n"
                + "     = help: the help\n"
                + "\n"
                + "2 notes in 0 files (0 statements)\n", out);
    }

    @Test
    void countsLinesLikeTheParserAndSkipsTheBom() throws Exception {
        Files.writeString(dir.resolve("m.sql"), "\uFEFFSELECT 1;\rSELECT 2;\r\nDROP TABLE t;\n");
        String out = render(List.of(finding("m.sql", Level.ERROR, 3, 1, 3, 14, List.of()),
                finding("m.sql", Level.ERROR, 1, 1, 1, 10, List.of())), List.of());
        assertEquals(true, out.contains("  3 | DROP TABLE t;\n    | ^" + "~".repeat(12) + "\n"), out);
        assertEquals(true, out.contains("  1 | SELECT 1;\n    | ^" + "~".repeat(8) + "\n"), out);
    }

    @Test
    void summaryCountsEachLevelAndStatements() {
        String out = render(List.of(
                        finding("x.sql", Level.ERROR, 1, 1, 1, 2, List.of()),
                        finding("x.sql", Level.ERROR, 2, 1, 2, 2, List.of()),
                        finding("x.sql", Level.NOTE, 3, 1, 3, 2, List.of()),
                        finding("x.sql", Level.WARNING, 4, 1, 4, 2, List.of())),
                List.of(new FileReport("x.sql", "plain", null, 50, 1, null),
                        new FileReport("y.sql", "plain", null, 7, 0, null)));
        String last = out.lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("2 errors, 1 warning, 1 note in 2 files (57 statements)", last);
    }

    @Test
    void noFindings() {
        String out = render(List.of(), List.of(new FileReport("x.sql", "plain", null, 1, 0, null)));
        assertEquals("no findings in 1 file (1 statement)\n", out);
    }

    @Test
    void markerIsAtLeastOneCharacterAndStaysOnTheLine() {
        assertEquals("  ^", TextReport.marker("ab", finding("p", Level.ERROR, 1, 3, 1, 3, List.of())));
        assertEquals("^~", TextReport.marker("ab", finding("p", Level.ERROR, 1, 1, 1, 99, List.of())));
        assertEquals("  ^", TextReport.marker("ab", finding("p", Level.ERROR, 1, 50, 1, 60, List.of())));
    }
}
