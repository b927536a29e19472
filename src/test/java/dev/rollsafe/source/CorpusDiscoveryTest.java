package dev.rollsafe.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Runs discovery over the real corpora beside the checkout: every listed file must be found in some set. */
class CorpusDiscoveryTest {

    static Path corpora() {
        Path root = Path.of(System.getProperty("rollsafe.repoRoot", "."));
        return root.toAbsolutePath().normalize().resolve("../shared/corpora").normalize();
    }

    @Test
    void everyListedFileIsFoundWithItsDialect() throws IOException {
        Path corpora = corpora();
        assumeTrue(Files.isRegularFile(corpora.resolve("files.tsv")), "corpora not present");
        Map<String, Set<String>> expected = new TreeMap<>();
        for (String line : Files.readAllLines(corpora.resolve("files.tsv"))) {
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].equals("corpus")) {
                continue;
            }
            expected.computeIfAbsent(f[0] + "/" + f[1], k -> new HashSet<>()).add(f[2]);
        }
        long start = System.nanoTime();
        Discovery d = new MigrationFinder().discover(corpora, List.of(), Config.empty(), null);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Map<String, Set<String>> found = new HashMap<>();
        Map<String, List<String>> perCorpus = new TreeMap<>();
        for (MigrationSet s : d.sets()) {
            int problems = 0;
            for (MigrationFile f : s.files()) {
                Set<String> dialects = found.computeIfAbsent(f.displayPath(), k -> new HashSet<>());
                if (f.problem() == null) {
                    dialects.add((f.dialect() != null ? f.dialect() : s.dialect()).id());
                } else {
                    problems++;
                    dialects.add("listed");
                }
            }
            String corpus = corpora.relativize(s.root()).getName(0).toString();
            perCorpus.computeIfAbsent(corpus, k -> new ArrayList<>()).add(String.format("  %-14s %-10s %4d files%s  %s",
                    s.layout().id(), s.dialect().id(), s.files().size(),
                    problems > 0 ? " (" + problems + " not linted)" : "", corpora.relativize(s.root())));
        }
        perCorpus.forEach((c, lines) -> {
            System.out.println(c + ": " + lines.size() + " sets");
            lines.forEach(System.out::println);
        });
        System.out.println("discovery took " + ms + " ms; messages: " + d.messages().size());
        d.messages().stream().limit(20).forEach(m -> System.out.println("  " + m));
        List<String> missing = new ArrayList<>();
        List<String> wrongDialect = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            Set<String> got = found.get(e.getKey());
            if (got == null) {
                missing.add(e.getKey());
            } else if (!got.contains("listed") && !got.containsAll(e.getValue())) {
                wrongDialect.add(e.getKey() + " expected " + e.getValue() + " got " + got);
            }
        }
        assertEquals(List.of(), missing.subList(0, Math.min(20, missing.size())), missing.size() + " files missing");
        assertEquals(List.of(), wrongDialect.subList(0, Math.min(20, wrongDialect.size())),
                wrongDialect.size() + " files with a wrong dialect");
        assertTrue(d.usageErrors().isEmpty(), d.usageErrors().toString());
    }
}
