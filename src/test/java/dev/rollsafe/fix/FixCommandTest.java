package dev.rollsafe.fix;

import static dev.rollsafe.fix.FixHarness.read;
import static dev.rollsafe.fix.FixHarness.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.cli.CliEnvironment;
import dev.rollsafe.cli.Commands;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --fix} and {@code check --fix --diff} in-process with the real engine. */
class FixCommandTest {
    private static final String V2 = "db/migration/V2__index.sql";
    private static final String INDEX = "-- lookups\nCREATE INDEX child_a ON child (a);\n";

    @TempDir
    Path dir;
    private String out;
    private String err;

    @BeforeEach
    void migrations() throws Exception {
        write(dir, "db/migration/V1__tables.sql", "CREATE TABLE child (id int PRIMARY KEY, a int);\n");
        write(dir, V2, INDEX);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Commands.run(CliEnvironment.of(new PrintWriter(o), new PrintWriter(e), dir), args);
        out = o.toString().replace(System.lineSeparator(), "\n");
        err = e.toString().replace(System.lineSeparator(), "\n");
        return code;
    }

    @Test
    void diffPrintsThePatchAndWritesNothing() throws Exception {
        int code = run("check", "--dialect", "postgresql", "--fix", "--diff");
        assertEquals("--- a/" + V2 + "\n+++ b/" + V2 + "\n@@ -1,2 +1,2 @@\n -- lookups\n"
                + "-CREATE INDEX child_a ON child (a);\n+CREATE INDEX CONCURRENTLY child_a ON child (a);\n", out, err);
        assertEquals(INDEX, read(dir, V2));
        assertEquals(1, code, "the findings are still there");
    }

    @Test
    void fixWritesTheFileAndReportsWhatIsLeft() throws Exception {
        assertEquals(1, run("check", "--dialect", "postgresql"));
        assertTrue(out.contains("create-index-blocks-writes"), out);
        int code = run("check", "--dialect", "postgresql", "--fix");
        assertEquals("-- lookups\nCREATE INDEX CONCURRENTLY child_a ON child (a);\n", read(dir, V2));
        assertTrue(err.contains(V2 + ": fixed"), err);
        assertFalse(out.contains("create-index-blocks-writes"), out);
        assertEquals(0, code, out + err);
    }

    @Test
    void diffWithoutFixIsAUsageError() throws Exception {
        assertEquals(2, run("check", "--diff"));
        assertTrue(err.contains("--diff only goes with --fix"), err);
        assertEquals(INDEX, read(dir, V2));
    }
}
