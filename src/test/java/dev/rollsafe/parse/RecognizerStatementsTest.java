package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hand-written statement in {@code testdata/recognizer/statements.tsv} with the change records it
 * must produce (record type and summary, which carries the key fields), or the reason it is not understood.
 */
class RecognizerStatementsTest {

    static Stream<Arguments> statements() throws IOException {
        Path file = Path.of(System.getProperty("rollsafe.repoRoot", ".")).resolve("testdata/recognizer/statements.tsv");
        List<Arguments> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IllegalStateException("statements.tsv line " + lineNo + ": expected 3 fields");
            }
            Dialect d = f[0].equals("my") ? Dialect.MYSQL : Dialect.POSTGRESQL;
            out.add(Arguments.of(lineNo, d, f[1].replace("\\n", "\n"), f[2]));
        }
        assertTrue(out.size() >= 150, "too few statements: " + out.size());
        return out.stream();
    }

    @ParameterizedTest(name = "line {0}: {2}")
    @MethodSource("statements")
    void recognises(int line, Dialect dialect, String sql, String expected) {
        Recognition r = new Recognizer(dialect).recognize(sql);
        List<String> expectedChanges = new ArrayList<>();
        String expectedProblem = null;
        if (!expected.equals("-")) {
            for (String part : expected.split(" ;; ")) {
                if (part.startsWith("!")) {
                    expectedProblem = part.substring(1).strip();
                } else {
                    expectedChanges.add(part);
                }
            }
        }
        List<String> actual = new ArrayList<>();
        for (Change c : r.changes()) {
            actual.add(c.getClass().getSimpleName() + ": " + c.summary());
        }
        assertEquals(expectedChanges, actual, "changes of: " + sql + " (problem: " + r.problem() + ")");
        if (expectedProblem == null) {
            assertTrue(r.understood(), "not understood: " + r.problem());
        } else {
            assertFalse(r.understood(), "understood although it should not be");
            assertNotNull(r.problem());
            assertTrue(r.problem().contains(expectedProblem), "problem was: " + r.problem());
        }
    }
}
