package dev.rollsafe.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Understanding, measured: every file of the real corpora goes through the whole engine (layout
 * detection, splitter, recognizer, replay, rules) with its dialect from files.tsv. Prints statements and
 * the share understood per corpus; fails below 99.5% overall, or if any file crashes the engine.
 */
class UnderstandingTest {
    private static final double GOAL = 99.5;

    @Test
    void realMigrationsAreUnderstood() throws Exception {
        Optional<Path> root = Corpora.root();
        assumeTrue(root.isPresent(), "../shared/corpora is absent (a fresh clone): corpus test skipped");
        Engine engine = new Engine();
        Map<String, long[]> perCorpus = new TreeMap<>();
        List<String> crashes = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        for (Corpora.Entry e : Corpora.entries(root.get())) {
            Dialect dialect = Dialect.parse(e.dialect()).orElseThrow();
            CheckResult r;
            try {
                r = engine.check(new CheckRequest(e.file().getParent(), List.of(e.file()), dialect, null, true, null,
                        false).withFileContext(false));
            } catch (RuntimeException ex) {
                crashes.add(e.corpus() + "/" + e.path() + ": " + ex);
                continue;
            }
            long[] c = perCorpus.computeIfAbsent(e.corpus() + " (" + e.dialect() + ")", k -> new long[3]);
            c[2]++;
            for (FileReport f : r.files()) {
                c[0] += f.statements();
                c[1] += f.unparsed();
            }
            r.findings().stream().filter(f -> f.ruleId().equals("unparsed-statement")).limit(2)
                    .forEach(f -> samples.add(e.corpus() + "/" + e.path() + ":" + f.line() + ": " + f.message()));
        }
        long total = 0;
        long unparsed = 0;
        System.out.printf("%-32s %6s %9s %8s %10s%n", "corpus", "files", "statements", "unparsed", "understood");
        for (Map.Entry<String, long[]> m : perCorpus.entrySet()) {
            long[] c = m.getValue();
            total += c[0];
            unparsed += c[1];
            System.out.printf("%-32s %6d %9d %8d %9.2f%%%n", m.getKey(), c[2], c[0], c[1], share(c[0], c[1]));
        }
        double overall = share(total, unparsed);
        System.out.printf("%-32s %6s %9d %8d %9.2f%%%n", "TOTAL", "", total, unparsed, overall);
        samples.stream().limit(40).forEach(s -> System.out.println("  not understood: " + s));
        assertEquals(List.of(), crashes, "files that crashed the engine");
        assertTrue(total > 7_000, "expected the corpora to hold over 7,000 statements, got " + total);
        assertTrue(overall >= GOAL, String.format("understood %.2f%% < %.1f%%", overall, GOAL));
    }

    private static double share(long total, long unparsed) {
        return total == 0 ? 100.0 : 100.0 * (total - unparsed) / total;
    }
}
