package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions and rollsafe.yaml rule settings through the real engine and command line. */
class SuppressionSettingsCliTest {

    @TempDir
    Path dir;

    @BeforeEach
    void migration() throws Exception {
        Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(dir.resolve("db/migration/V1__init.sql"),
                "CREATE TABLE users (id bigint PRIMARY KEY);\n"
                        + "ALTER TABEL users ADD COLUMN email text;\n");
    }

    private void config(String yaml) throws Exception {
        Files.writeString(dir.resolve("rollsafe.yaml"), yaml);
    }

    private void migration(String text) throws Exception {
        Files.writeString(dir.resolve("db/migration/V1__init.sql"), text);
    }

    private CliRun check(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "check";
        args[1] = "--no-cache";
        System.arraycopy(extra, 0, args, 2, extra.length);
        args[args.length - 1] = "db/migration";
        return CliRun.real(dir, args);
    }

    @Test
    void aSuppressionWithAReasonHidesTheFinding() throws Exception {
        migration("CREATE TABLE users (id bigint PRIMARY KEY);\n"
                + "-- rollsafe:ignore unparsed-statement -- reviewed by hand\n"
                + "ALTER TABEL users ADD COLUMN email text;\n");
        CliRun run = check("--fail-level", "note");
        assertEquals(0, run.code, run::toString);
        assertFalse(run.out.contains("warning["), run::toString);
    }

    @Test
    void aFileSuppressionWithoutReasonHidesTheFindingButIsAWarning() throws Exception {
        migration("-- rollsafe:ignore-file unparsed-statement\n"
                + "CREATE TABLE users (id bigint PRIMARY KEY);\n"
                + "ALTER TABEL users ADD COLUMN email text;\n");
        CliRun run = check();
        assertFalse(run.out.contains("[unparsed-statement]"), run::toString);
        assertTrue(run.out.contains("db/migration/V1__init.sql:2:1: warning[suppression-without-reason]: "
                + "the rollsafe:ignore-file on line 1 gives no reason"), run::toString);
    }

    @Test
    void configDisablesARule() throws Exception {
        config("rules:\n  disable: [unparsed-statement]\n");
        CliRun run = check("--fail-level", "note");
        assertEquals(0, run.code, run::toString);
        assertFalse(run.out.contains("unparsed-statement"), run::toString);
        assertFalse(run.err.contains("rollsafe.yaml"), run::toString);
    }

    @Test
    void configChangesALevelAndTheFailLevel() throws Exception {
        config("rules:\n  levels:\n    unparsed-statement: error\n");
        CliRun raised = check();
        assertEquals(1, raised.code, raised::toString);
        assertTrue(raised.out.contains("error[unparsed-statement]"), raised::toString);

        config("failLevel: warning\n");
        CliRun failing = check();
        assertEquals(1, failing.code, failing::toString);
        assertTrue(failing.out.contains("warning[unparsed-statement]"), failing::toString);
    }

    @Test
    void theCommandLineFailLevelWinsOverTheConfig() throws Exception {
        config("failLevel: warning\n");
        CliRun run = check("--fail-level", "error");
        assertEquals(0, run.code, run::toString);
    }

    @Test
    void unknownIdsInTheConfigAreAMessageNamingTheFile() throws Exception {
        config("rules:\n  disable: [unparsed-statment]\n");
        CliRun run = check();
        assertEquals(0, run.code, run::toString);
        assertTrue(run.err.contains("rollsafe.yaml: rules.disable names unknown rule 'unparsed-statment'"),
                run::toString);
        assertTrue(run.out.contains("warning[unparsed-statement]"), "nothing was disabled: " + run);
    }

    @Test
    void disablingTheUnusedRuleSilencesIt() throws Exception {
        migration("-- rollsafe:ignore unparsed-statement -- stale\n"
                + "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        CliRun on = check();
        assertTrue(on.out.contains("warning[unused-suppression]"), on::toString);
        config("rules:\n  disable: [unused-suppression]\n");
        CliRun off = check();
        assertFalse(off.out.contains("unused-suppression"), off::toString);
    }
}
