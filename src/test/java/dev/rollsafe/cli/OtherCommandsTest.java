package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.ClassifiedStatement;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.StatementClass;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @TempDir
    Path dir;

    private static CheckResult classified() {
        return new CheckResult(List.of(), List.of(), List.of(
                new ClassifiedStatement("V1__a.sql", 1, 1, StatementClass.ADDITIVE, "create table t", true),
                new ClassifiedStatement("V1__a.sql", 3, 1, StatementClass.DESTRUCTIVE, "drop table t", false)),
                List.of("V9.sql: cannot read"), false);
    }

    @Test
    void classifyPrintsEveryStatementAndAsksForAllMigrations() {
        CliRun run = CliRun.with(dir, r -> classified(), "classify", "--dialect", "mysql", "V1__a.sql");
        assertEquals(0, run.code, run::toString);
        assertEquals("V1__a.sql:1:  additive     create table t\n"
                + "V1__a.sql:3:  destructive  drop table t  (down)\n", run.out);
        assertEquals("rollsafe: V9.sql: cannot read\n", run.err);
        assertEquals(Dialect.MYSQL, run.request().dialect());
        assertEquals(List.of(dir.resolve("V1__a.sql")), run.request().paths());
        assertTrue(run.request().all());
    }

    @Test
    void classifyJson() throws Exception {
        CliRun run = CliRun.with(dir, r -> classified(), "classify", "--format", "json");
        assertEquals(0, run.code, run::toString);
        assertEquals("destructive", new ObjectMapper().readTree(run.out).at("/statements/1/class").asText());
    }

    @Test
    void classifySetupErrorExitsTwo() {
        CliRun run = CliRun.with(dir, r -> new CheckResult(List.of(), List.of(), List.of(), List.of("bad"), true),
                "classify", "x");
        assertEquals(2, run.code, run::toString);
        assertEquals("", run.out);
    }

    @Test
    void rulesListsIdLevelAndSummary() {
        CliRun run = CliRun.with(dir, r -> classified(), "rules");
        assertEquals(0, run.code, run::toString);
        List<String> lines = run.out.lines().toList();
        assertTrue(lines.get(0).matches("RULE +LEVEL +SUMMARY"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "unparsed-statement +warning +statement rollsafe could not understand")), run::toString);
        assertTrue(run.requests.isEmpty());
    }

    @Test
    void explainPrintsTheDoc() {
        CliRun run = CliRun.with(dir, r -> classified(), "explain", "unparsed-statement");
        assertEquals(0, run.code, run::toString);
        assertTrue(run.out.startsWith("# unparsed-statement"), run::toString);
        assertTrue(run.out.contains("```sql"), run::toString);
    }

    @Test
    void explainUnknownRuleExitsTwo() {
        CliRun run = CliRun.with(dir, r -> classified(), "explain", "x");
        assertEquals(2, run.code, run::toString);
        assertEquals("rollsafe: error: unknown rule 'x'; see `rollsafe rules`\n", run.err);
        assertEquals("", run.out);
    }

    @Test
    void versionComesFromTheFilteredProperties() {
        CliRun run = CliRun.with(dir, r -> classified(), "--version");
        assertEquals(0, run.code, run::toString);
        assertTrue(run.out.matches("rollsafe \\d+\\.\\d+\\.\\d+\\S*\n"), run::toString);
    }

    @Test
    void helpAndMissingCommand() {
        CliRun help = CliRun.with(dir, r -> classified(), "--help");
        assertEquals(0, help.code, help::toString);
        assertTrue(help.out.contains("check") && help.out.contains("explain"), help::toString);

        CliRun checkHelp = CliRun.with(dir, r -> classified(), "check", "--help");
        assertEquals(0, checkHelp.code, checkHelp::toString);
        assertTrue(checkHelp.out.contains("--fail-level"), checkHelp::toString);

        CliRun none = CliRun.with(dir, r -> classified());
        assertEquals(2, none.code, none::toString);
        assertTrue(none.err.startsWith("rollsafe: error: missing command"), none::toString);

        CliRun unknown = CliRun.with(dir, r -> classified(), "lint");
        assertEquals(2, unknown.code, unknown::toString);
        assertEquals(1, unknown.err.lines().count(), unknown::toString);
    }
}
