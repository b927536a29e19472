package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalHabitsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Function<CheckRequest, CheckResult> answer(long sleepMs) {
        return request -> {
            if (sleepMs > 0) {
                try {
                    Thread.sleep(sleepMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new CheckResult(List.of(
                    new Finding("some-rule", Level.ERROR, "V1__a.sql", 1, 1, 1, 7, "bad", "do this", List.of()),
                    new Finding("other-rule", Level.NOTE, "V1__a.sql", 1, 1, 1, 7, "meh", "or that", List.of())),
                    List.of(new FileReport("V1__a.sql", "flyway", "postgresql", 1, 0, null)), List.of(),
                    List.of("a note for the user"), false);
        };
    }

    private Run run(Terminal terminal, long sleepMs, String... args) throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "SELECT 1;\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Commands.run(new CliEnvironment(new PrintWriter(out), new PrintWriter(err), dir, answer(sleepMs),
                terminal), args);
        return new Run(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void notATerminalIsPlainAndTheSameAsBefore() throws Exception {
        Run r = run(Terminal.NONE, 0, "check");
        assertEquals("V1__a.sql:1:1: error[some-rule]: bad\n"
                + "  1 | SELECT 1;\n"
                + "    | ^~~~~~\n"
                + "    = help: do this\n"
                + "\n"
                + "V1__a.sql:1:1: note[other-rule]: meh\n"
                + "  1 | SELECT 1;\n"
                + "    | ^~~~~~\n"
                + "    = help: or that\n"
                + "\n"
                + "1 error, 1 note in 1 file (1 statement)\n", r.out);
        assertEquals("rollsafe: a note for the user\n", r.err);
        assertFalse(r.out.contains("\u001b"));
    }

    @Test
    void aTerminalGetsColourAndTheTimeInTheSummary() throws Exception {
        Run r = run(new Terminal(true, true), 0, "check");
        assertTrue(r.out.startsWith("\u001b[1mV1__a.sql:1:1:\u001b[0m \u001b[31m\u001b[1merror[some-rule]\u001b[0m: bad\n"),
                r.out);
        assertTrue(r.out.contains("    | \u001b[31m^~~~~~\u001b[0m\n"), r.out);
        assertTrue(r.out.contains("\u001b[36m\u001b[1mnote[other-rule]"), r.out);
        assertTrue(r.out.matches("(?s).*\u001b\\[1m1 error, 1 note in 1 file \\(1 statement\\), \\d+\\.\\d s\u001b\\[0m\n"),
                r.out);
    }

    @Test
    void noColorKeepsTheTimeButDropsTheColours() throws Exception {
        Terminal t = Terminal.of(true, Map.of("NO_COLOR", "1"));
        assertEquals(new Terminal(true, false), t);
        Run r = run(t, 0, "check");
        assertFalse(r.out.contains("\u001b"), r.out);
        assertTrue(r.out.matches("(?s).*\n1 error, 1 note in 1 file \\(1 statement\\), \\d+\\.\\d s\n"), r.out);
    }

    @Test
    void colourRules() {
        assertEquals(new Terminal(true, true), Terminal.of(true, Map.of()));
        assertEquals(new Terminal(true, true), Terminal.of(true, Map.of("NO_COLOR", "")), "empty NO_COLOR is unset");
        assertEquals(new Terminal(true, false), Terminal.of(true, Map.of("TERM", "dumb")));
        assertEquals(new Terminal(false, false), Terminal.of(false, Map.of()));
    }

    @Test
    void aReportWrittenToAFileIsPlainEvenOnATerminal() throws Exception {
        Run r = run(new Terminal(true, true), 0, "check", "--output", "report.txt");
        String file = Files.readString(dir.resolve("report.txt"));
        assertFalse(file.contains("\u001b"), file);
        assertTrue(file.endsWith("1 error, 1 note in 1 file (1 statement)\n"), file);
        assertEquals("", r.out);
    }

    @Test
    void quietPrintsOneLinePerFindingAndTheSummaryAndNoNotes() throws Exception {
        Run r = run(Terminal.NONE, 0, "check", "--quiet");
        assertEquals("V1__a.sql:1:1: error[some-rule]: bad\n"
                + "V1__a.sql:1:1: note[other-rule]: meh\n"
                + "1 error, 1 note in 1 file (1 statement)\n", r.out);
        assertEquals("", r.err);
        assertEquals(1, r.code);
        assertEquals(r.out, run(Terminal.NONE, 0, "check", "-q").out);
    }

    @Test
    void quietStillSaysWhyNothingWasChecked() throws Exception {
        Run r = run(Terminal.NONE, 0, "check", "--quiet", "--window", "-1");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("--window must be 0 or more"), r.err);
    }

    @Test
    void aLongRunOnATerminalShowsProgressOnStderrAndErasesIt() throws Exception {
        Run r = run(new Terminal(true, false), 1600, "check");
        assertTrue(r.err.startsWith("\rrollsafe: checking "), r.err);
        assertTrue(r.err.contains(" 1 s"), r.err);
        assertTrue(r.err.contains("\r\u001b[2K"), "erased before the report: " + r.err);
        assertFalse(r.out.contains("checking"), r.out);
    }

    @Test
    void noProgressOffATerminalOrWhenQuiet() throws Exception {
        assertEquals("rollsafe: a note for the user\n", run(Terminal.NONE, 1300, "check").err);
        assertEquals("", run(new Terminal(true, false), 1300, "check", "--quiet").err);
    }
}
