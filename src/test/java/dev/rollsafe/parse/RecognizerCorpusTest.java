package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures how much of the real corpora the recognizer understands, prints the share per corpus and the
 * most common reasons for what it does not, and holds the overall share above the target.
 */
class RecognizerCorpusTest {

    @Test
    void understandsAtLeast995PercentOfRealStatements() throws IOException {
        Path root = RecognizerCorpusSupport.corporaRoot();
        Assumptions.assumeTrue(Files.isRegularFile(root.resolve("files.tsv")), "corpora absent: " + root);
        Map<Dialect, Recognizer> recognizers = new EnumMap<>(Dialect.class);
        Map<String, int[]> perCorpus = new TreeMap<>();
        Map<String, Integer> reasons = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        int total = 0;
        int understood = 0;
        long started = System.nanoTime();
        for (RecognizerCorpusSupport.CorpusFile f : RecognizerCorpusSupport.files(root)) {
            Recognizer r = recognizers.computeIfAbsent(f.dialect(), Recognizer::new);
            String text = RecognizerCorpusSupport.read(root, f);
            int index = 0;
            for (String sql : RecognizerCorpusSupport.split(text, f.dialect())) {
                index++;
                Recognition rec = r.recognize(sql);
                all.append(f.corpus()).append('/').append(f.path()).append(" #").append(index).append('\t')
                        .append(shorten(sql.replaceAll("\\s+", " "))).append("\n    => ")
                        .append(rec.understood() ? "" : "NOT UNDERSTOOD " + rec.problem() + " ")
                        .append(rec.changes()).append('\n');
                int[] counts = perCorpus.computeIfAbsent(f.corpus() + " " + f.dialect(), k -> new int[2]);
                counts[0]++;
                total++;
                if (rec.understood()) {
                    counts[1]++;
                    understood++;
                } else {
                    String key = firstWords(sql) + " | " + shorten(rec.problem());
                    reasons.merge(key, 1, Integer::sum);
                    examples.add(f.corpus() + "/" + f.path() + " #" + index + ": " + shorten(rec.problem())
                            + "\n    " + shorten(sql.replaceAll("\\s+", " ")));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // a second, warm pass over the same statements, for a throughput figure (printed, never asserted)
        List<Object[]> warm = new ArrayList<>();
        for (RecognizerCorpusSupport.CorpusFile f : RecognizerCorpusSupport.files(root)) {
            for (String sql : RecognizerCorpusSupport.split(RecognizerCorpusSupport.read(root, f), f.dialect())) {
                warm.add(new Object[] {recognizers.get(f.dialect()), sql});
            }
        }
        long warmStart = System.nanoTime();
        for (Object[] w : warm) {
            ((Recognizer) w[0]).recognize((String) w[1]);
        }
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        PrintStream out = System.out;
        StringBuilder report = new StringBuilder();
        perCorpus.forEach((k, v) -> report.append(String.format(Locale.ROOT, "%-32s %6d statements, %6.2f%% understood%n",
                k, v[0], 100.0 * v[1] / v[0])));
        report.append(String.format(Locale.ROOT, "TOTAL %d statements, %.2f%% understood, %.1f s%n",
                total, 100.0 * understood / total, seconds));
        report.append(String.format(Locale.ROOT, "warm pass: %.0f statements/s on one thread%n", warm.size() / warmSeconds));
        report.append("Top reasons:\n");
        reasons.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(30)
                .forEach(e -> report.append(String.format(Locale.ROOT, "%5d  %s%n", e.getValue(), e.getKey())));
        out.print(report);
        Path dump = Path.of(System.getProperty("rollsafe.repoRoot", ".")).resolve("target/recognizer-corpus.txt");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, report + "\nNot understood:\n" + String.join("\n", examples) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dump.resolveSibling("recognizer-corpus-all.txt"), all, StandardCharsets.UTF_8);
        assertTrue(total > 7_000, "the corpus split into too few statements: " + total);
        assertTrue(understood >= total * 0.995, String.format(Locale.ROOT, "understood %d of %d", understood, total));
    }

    private static String firstWords(String sql) {
        String[] w = sql.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(2, w.length); i++) {
            sb.append(w[i].toUpperCase(Locale.ROOT)).append(' ');
        }
        return sb.toString().strip();
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
