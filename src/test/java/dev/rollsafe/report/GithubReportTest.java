package dev.rollsafe.report;

import static dev.rollsafe.report.Results.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.engine.FileReport;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReportTest {

    @TempDir
    Path dir;

    @Test
    void oneWorkflowCommandPerFindingThenTheSummary() {
        String out = Results.render(new GithubReport(dir), Results.of(List.of(
                finding("db/V2__a.sql", Level.ERROR, 3, 1, 3, 37, List.of()),
                finding("db/V2__a.sql", Level.WARNING, 4, 5, 6, 2, List.of()),
                finding("db/V3__b.sql", Level.NOTE, 1, 1, 1, 10, List.of())),
                List.of(new FileReport("db/V2__a.sql", "flyway", "postgresql", 6, 0, null))));
        assertEquals("::error file=db/V2__a.sql,line=3,endLine=3,col=1,endColumn=36,"
                + "title=rollsafe error[some-rule]::the message%0Ahelp: the help\n"
                + "::warning file=db/V2__a.sql,line=4,endLine=6,col=5,endColumn=1,"
                + "title=rollsafe warning[some-rule]::the message%0Ahelp: the help\n"
                + "::notice file=db/V3__b.sql,line=1,endLine=1,col=1,endColumn=9,"
                + "title=rollsafe note[some-rule]::the message%0Ahelp: the help\n"
                + "rollsafe: 1 error, 1 warning, 1 note in 1 file (6 statements)\n", out);
    }

    @Test
    void escapesDataAndPropertiesAsTheRunnerExpects() {
        assertEquals("100%25 done%0D%0Anext: a, b", GithubReport.data("100% done\r\nnext: a, b"));
        assertEquals("C%3A/x%2Cy%25z%0A", GithubReport.property("C:/x,y%z\n"));
        // % first: an escape already in the text is not decoded by the runner into something else
        assertEquals("%250A", GithubReport.data("%0A"));
        Finding f = new Finding("r", Level.ERROR, "db/we,ird:name.sql", 1, 1, 1, 2, "50% of rows\nare locked",
                null, List.of(new Evidence("v1.0", "src/A.java", 7, "select a, b")));
        assertEquals("::error file=db/we%2Cird%3Aname.sql,line=1,endLine=1,col=1,endColumn=1,"
                + "title=rollsafe error[r]::50%25 of rows%0Aare locked%0Aevidence: v1.0: src/A.java:7: select a, b",
                GithubReport.command(f, f.path()));
    }

    @Test
    void pathsAreRelativeToTheRepositoryRootWhenRunInASubfolder() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path sub = Files.createDirectories(dir.resolve("services/api"));
        String out = Results.render(new GithubReport(sub), Results.of(List.of(
                finding("db/V1__a.sql", Level.ERROR, 1, 1, 1, 2, List.of())), List.of()));
        assertTrue(out.startsWith("::error file=services/api/db/V1__a.sql,line=1,"), out);
        assertEquals("services/api/x.sql", GithubReport.repositoryPath(dir, sub, "x.sql"));
        assertEquals("y.sql", GithubReport.repositoryPath(dir, sub, "../../y.sql"));
        assertEquals("/elsewhere/z.sql", GithubReport.repositoryPath(dir, sub, "/elsewhere/z.sql"));
    }

    @Test
    void theSummarySaysWhenGithubWillNotShowEveryAnnotation() {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            many.add(finding("a.sql", Level.WARNING, i, 1, i, 2, List.of()));
        }
        String out = Results.render(new GithubReport(dir), Results.of(many, List.of()));
        String last = out.lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("rollsafe: 11 warnings in 0 files (0 statements) (GitHub annotates only the first 10 "
                + "warnings of a step; all are listed above)", last);
        assertEquals(11, out.lines().filter(l -> l.startsWith("::warning ")).count());
    }
}
