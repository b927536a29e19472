package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real engine behind the real command line. */
class EndToEndTest {

    @TempDir
    Path dir;

    @BeforeEach
    void migration() throws Exception {
        Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(dir.resolve("db/migration/V1__init.sql"),
                "CREATE TABLE users (id bigint PRIMARY KEY);\n"
                        + "ALTER TABEL users ADD COLUMN email text;\n");
    }

    @Test
    void unparsedStatementIsAWarningWithSourceAndMarker() {
        CliRun run = CliRun.real(dir, "check", "--no-cache", "db/migration");
        assertEquals(0, run.code, run::toString);
        assertTrue(run.out.startsWith("db/migration/V1__init.sql:2:1: warning[unparsed-statement]: "), run::toString);
        assertTrue(run.out.contains("\n  2 | ALTER TABEL users ADD COLUMN email text;\n    | ^~~~"), run::toString);
        assertTrue(run.out.endsWith("1 warning in 1 file (2 statements)\n"), run::toString);
    }

    @Test
    void failLevelWarningMakesItFail() {
        CliRun run = CliRun.real(dir, "check", "--no-cache", "--fail-level", "warning", "db/migration");
        assertEquals(1, run.code, run::toString);
    }

    @Test
    void classifyListsBothStatements() {
        CliRun run = CliRun.real(dir, "classify", "db/migration");
        assertEquals(0, run.code, run::toString);
        assertTrue(run.out.contains("db/migration/V1__init.sql:1:  additive"), run::toString);
        assertTrue(run.out.contains("db/migration/V1__init.sql:2:  unknown"), run::toString);
    }
}
