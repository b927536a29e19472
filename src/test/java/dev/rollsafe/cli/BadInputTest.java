package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, each case next to a good file: a clear one-line message or finding naming the file, no
 * stack trace, every other file still linted, exit code 2 only for usage or setup errors.
 */
class BadInputTest {
    @TempDir
    Path dir;

    @BeforeEach
    void goodMigration() throws IOException {
        write("db/001_good.sql", "CREATE TABLE a (id int);\nFROBNICATE a;\n");
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private CliRun check(String... paths) {
        String[] args = new String[paths.length + 2];
        args[0] = "check";
        args[1] = "--no-cache";
        System.arraycopy(paths, 0, args, 2, paths.length);
        return CliRun.real(dir, args);
    }

    /** The good file's finding is always there: one bad file never stops the others. */
    private static void goodFileStillLinted(CliRun run) {
        assertTrue(run.out.contains("db/001_good.sql:2:1: warning[unparsed-statement]"), run::toString);
        assertFalse((run.out + run.err).contains("Exception"), run::toString);
        assertFalse((run.out + run.err).contains("\tat "), run::toString);
    }

    @Test
    void notUtf8() throws IOException {
        write("db/002_latin1.sql", "SELECT 1;\n-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = check("db");
        goodFileStillLinted(run);
        assertTrue(run.out.contains("db/002_latin1.sql:2:7: error[unreadable-file]: migration db/002_latin1.sql "
                + "could not be read: not valid UTF-8"), run::toString);
        assertEquals(1, run.code);
    }

    @Test
    void binary() throws IOException {
        byte[] bytes = new byte[4096];
        Arrays.fill(bytes, (byte) 7);
        bytes[100] = 0;
        write("db/002_blob.sql", bytes);
        CliRun run = check("db");
        goodFileStillLinted(run);
        assertTrue(run.out.contains("db/002_blob.sql:1:101: error[unreadable-file]"), run::toString);
        assertTrue(run.out.contains("binary file"), run::toString);
        assertFalse(run.out.contains("\u0007"), "control characters never reach the terminal");
    }

    @Test
    void emptyFileIsListedAndFine() throws IOException {
        write("db/002_empty.sql", "");
        CliRun run = check("--format", "json", "db");
        assertEquals(0, run.code, run::toString);
        assertTrue(run.out.contains("\"path\" : \"db/002_empty.sql\""), run::toString);
        assertTrue(run.out.replaceAll("\\s", "").contains("\"path\":\"db/002_empty.sql\",\"layout\":\"plain\","
                + "\"dialect\":\"postgresql\",\"statements\":0,\"unparsed\":0"), run::toString);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void fiftyMegabyteFile() throws IOException {
        Path big = dir.resolve("db/002_big.sql");
        Files.createDirectories(big.getParent());
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("INSERT INTO a (id, payload) VALUES\n");
            String row = "(1, '" + "x".repeat(1000) + "'),\n";
            long written = 0;
            while (written < 50L * 1024 * 1024) {
                w.write(row);
                written += row.length();
            }
            w.write("(2, 'end');\nFROBNICATE b;\n");
        }
        CliRun run = check("db");
        goodFileStillLinted(run);
        assertTrue(run.out.contains("db/002_big.sql:"), "the statement after the huge one is read: " + run.out);
        assertTrue(run.out.contains("`FROBNICATE b`"), run::toString);
    }

    @Test
    void unterminatedQuoteDollarQuoteAndComment() throws IOException {
        write("db/002_quote.sql", "SELECT 1;\nSELECT 'never closed;\nSELECT 3;\n");
        write("db/003_dollar.sql", "DO $body$ BEGIN\n  PERFORM 1;\n");
        write("db/004_comment.sql", "SELECT 1;\n/* never closed\n");
        CliRun run = check("db");
        goodFileStillLinted(run);
        assertTrue(run.out.contains("db/002_quote.sql:2:1: warning[unparsed-statement]")
                && run.out.contains("unterminated string literal starting at line 2, column 8"), run::toString);
        assertTrue(run.out.contains("db/003_dollar.sql:1:1: warning[unparsed-statement]")
                && run.out.contains("unterminated dollar-quoted string $body$"), run::toString);
        assertTrue(run.out.contains("db/004_comment.sql:2:1: warning[unparsed-statement]")
                && run.out.contains("unterminated comment starting at line 2, column 1"), run::toString);
    }

    @Test
    void pathThatDoesNotExistIsAUsageErrorButTheOthersAreChecked() {
        CliRun run = check("db", "nowhere");
        goodFileStillLinted(run);
        assertEquals(2, run.code, run::toString);
        assertTrue(run.err.contains("rollsafe: nowhere: no such file or directory"), run::toString);
    }

    @Test
    void folderWithoutMigrations() throws IOException {
        write("docs/readme.txt", "nothing here");
        CliRun run = check("db", "docs");
        goodFileStillLinted(run);
        assertEquals(0, run.code, run::toString);
        assertTrue(run.err.contains("rollsafe: docs: no migrations found"), run::toString);
    }

    @Test
    void unreadableFile() throws IOException {
        Path locked = write("db/002_locked.sql", "SELECT 1;\n");
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(!root && locked.toFile().setReadable(false, false), "root reads every file: permission not testable");
        CliRun run = check("db");
        goodFileStillLinted(run);
        assertTrue(run.out.contains("db/002_locked.sql:1:1: error[unreadable-file]"), run::toString);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void fifoIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("db/002_pipe.sql");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo not available");
        CliRun run = check("db");
        goodFileStillLinted(run);
        assertTrue(run.out.contains("db/002_pipe.sql:1:1: error[unreadable-file]")
                && run.out.contains("not a regular file"), run::toString);
    }

    @Test
    void symbolicLinkLoop() throws IOException {
        Files.createSymbolicLink(dir.resolve("db/loop"), dir.resolve("db"));
        CliRun run = check("db");
        goodFileStillLinted(run);
        assertTrue(run.err.contains("db/loop: skipped: symbolic link loop"), run::toString);
        assertEquals(0, run.code, run::toString);
    }

    @Test
    void brokenConfigIsASetupError() throws IOException {
        write("rollsafe.yaml", "migrations: [unclosed\n");
        CliRun run = check("db");
        assertEquals(2, run.code, run::toString);
        assertTrue(run.err.startsWith("rollsafe: ") && run.err.contains("rollsafe.yaml"), run::toString);
        assertEquals(1, run.err.strip().lines().count(), run::toString);
    }

    @Test
    void nothingIsWrittenButOutput() throws IOException {
        write("db/002_more.sql", "SET lock_timeout = '5s';\nALTER TABLE a ADD COLUMN b text;\n");
        long before;
        try (var s = Files.walk(dir)) {
            before = s.count();
        }
        CliRun run = CliRun.real(dir, "check", "--output", "report.json", "--format", "json", "db");
        assertEquals(0, run.code, run::toString);
        try (var s = Files.walk(dir)) {
            assertEquals(before + 1, s.count(), "only report.json was added");
        }
        assertTrue(Files.readString(dir.resolve("report.json")).contains("\"ruleId\" : \"unparsed-statement\""));
    }

}
