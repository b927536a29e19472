package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {

    @TempDir
    Path dir;

    private static Function<CheckRequest, CheckResult> answer(Level... levels) {
        return request -> {
            List<Finding> findings = new java.util.ArrayList<>();
            for (int i = 0; i < levels.length; i++) {
                findings.add(new Finding("some-rule", levels[i], "V1__a.sql", i + 1, 1, i + 1, 9,
                        "message " + i, "help " + i, List.of()));
            }
            return new CheckResult(findings, List.of(new FileReport("V1__a.sql", "flyway", "postgresql", 3, 0, null)),
                    List.of(), List.of(), false);
        };
    }

    @Test
    void cleanRunExitsZeroWithSummary() {
        CliRun run = CliRun.with(dir, answer(), "check");
        assertEquals(0, run.code, run::toString);
        assertEquals("no findings in 1 file (3 statements)\n", run.out);
        assertEquals("", run.err);
    }

    @Test
    void errorFindingExitsOneAndIsPrintedLikeACompiler() {
        CliRun run = CliRun.with(dir, answer(Level.ERROR), "check");
        assertEquals(1, run.code, run::toString);
        assertTrue(run.out.startsWith("V1__a.sql:1:1: error[some-rule]: message 0\n"), run::toString);
        assertTrue(run.out.endsWith("1 error in 1 file (3 statements)\n"), run::toString);
    }

    @ParameterizedTest
    @CsvSource({
        "WARNING, , 0",
        "WARNING, warning, 1",
        "NOTE, warning, 0",
        "NOTE, note, 1",
        "ERROR, note, 1",
        "WARNING, error, 0",
    })
    void failLevelDecidesTheExitCode(Level found, String failLevel, int expected) {
        String[] args = failLevel == null ? new String[] {"check"} : new String[] {"check", "--fail-level", failLevel};
        CliRun run = CliRun.with(dir, answer(found), args);
        assertEquals(expected, run.code, run::toString);
    }

    @Test
    void buildsTheRequestFromOptionsWithPathsResolvedAgainstTheWorkingDirectory() {
        CliRun run = CliRun.with(dir, answer(), "check", "--dialect", "postgres", "--db-version", "15", "--all",
                "--config", "conf/rollsafe.yaml", "--no-cache", "db/migration", "other/../V2.sql");
        assertEquals(0, run.code, run::toString);
        CheckRequest r = run.request();
        assertEquals(dir, r.workingDirectory());
        assertEquals(List.of(dir.resolve("db/migration"), dir.resolve("V2.sql")), r.paths());
        assertEquals(Dialect.POSTGRESQL, r.dialect());
        assertEquals("15", r.dbVersion());
        assertTrue(r.all());
        assertEquals(dir.resolve("conf/rollsafe.yaml"), r.configFile());
        assertFalse(r.useCache());
    }

    @Test
    void defaultsLeaveTheEngineToDecide() {
        CheckRequest r = CliRun.with(dir, answer(), "check").request();
        assertEquals(List.of(), r.paths());
        assertNull(r.dialect());
        assertNull(r.dbVersion());
        assertFalse(r.all());
        assertNull(r.configFile());
        assertTrue(r.useCache());
    }

    @Test
    void engineMessagesGoToStderrAndSetupErrorsExitTwoWithoutReport() {
        CliRun run = CliRun.with(dir, r -> new CheckResult(List.of(), List.of(), List.of(),
                List.of("nope/: no such file or folder", "second"), true), "check", "nope/");
        assertEquals(2, run.code, run::toString);
        assertEquals("rollsafe: nope/: no such file or folder\nrollsafe: second\n", run.err);
        assertEquals("", run.out);
    }

    @Test
    void jsonFormatPrintsTheJsonReport() throws Exception {
        CliRun run = CliRun.with(dir, answer(Level.WARNING), "check", "--format", "JSON");
        assertEquals(0, run.code, run::toString);
        JsonNode root = new ObjectMapper().readTree(run.out);
        assertEquals("rollsafe", root.at("/tool/name").asText());
        assertEquals("warning", root.at("/findings/0/level").asText());
        assertEquals("flyway", root.at("/files/0/layout").asText());
    }

    @Test
    void outputWritesTheReportToTheFileOnly() throws Exception {
        CliRun run = CliRun.with(dir, answer(Level.ERROR), "check", "--format", "json", "--output", "report.json");
        assertEquals(1, run.code, run::toString);
        assertEquals("", run.out);
        JsonNode root = new ObjectMapper().readTree(Files.readString(dir.resolve("report.json")));
        assertEquals("some-rule", root.at("/findings/0/ruleId").asText());
    }

    @Test
    void unwritableOutputExitsTwo() {
        CliRun run = CliRun.with(dir, answer(), "check", "--output", "missing/folder/report.txt");
        assertEquals(2, run.code, run::toString);
        assertEquals("rollsafe: error: cannot write missing/folder/report.txt: no such folder\n", run.err);
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun unknown = CliRun.with(dir, answer(), "check", "--colour");
        assertEquals(2, unknown.code, unknown::toString);
        assertTrue(unknown.err.startsWith("rollsafe: error: Unknown option: '--colour'"), unknown::toString);
        assertEquals(1, unknown.err.lines().count(), unknown::toString);
        assertTrue(unknown.requests.isEmpty());

        CliRun dialect = CliRun.with(dir, answer(), "check", "--dialect", "oracle");
        assertEquals(2, dialect.code, dialect::toString);
        assertTrue(dialect.err.contains("unknown dialect 'oracle' (use postgresql, mysql or mariadb)"), dialect::toString);

        CliRun level = CliRun.with(dir, answer(), "check", "--fail-level", "fatal");
        assertEquals(2, level.code, level::toString);
        CliRun format = CliRun.with(dir, answer(), "check", "--format", "xml");
        assertEquals(2, format.code, format::toString);
        assertTrue(format.err.contains("unknown format 'xml'"), format::toString);
    }

    @Test
    void unexpectedExceptionBecomesOneLineAndExitTwo() {
        CliRun run = CliRun.with(dir, r -> {
            throw new IllegalStateException("boom\nsecond line");
        }, "check");
        assertEquals(2, run.code, run::toString);
        assertEquals("rollsafe: error: internal error (IllegalStateException: boom second line); please report it\n",
                run.err);
    }

    @Test
    void errorsAreCaughtToo() {
        CliRun run = CliRun.with(dir, r -> {
            throw new StackOverflowError();
        }, "check");
        assertEquals(2, run.code, run::toString);
        assertEquals("rollsafe: error: internal error (StackOverflowError); please report it\n", run.err);
    }

    @Test
    void realEngineWritesNoFileInTheWorkingDirectory() throws Exception {
        Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(dir.resolve("db/migration/V1__init.sql"), "CREATE TABLE t (id int);\n");
        CliRun run = CliRun.real(dir, "check", "--output", "out.txt");
        assertTrue(run.code == 0 || run.code == 1, run::toString);
        try (var files = Files.walk(dir)) {
            assertEquals(List.of("", "db", "db/migration", "db/migration/V1__init.sql", "out.txt"),
                    files.map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                            .collect(java.util.stream.Collectors.toList()));
        }
    }
}
