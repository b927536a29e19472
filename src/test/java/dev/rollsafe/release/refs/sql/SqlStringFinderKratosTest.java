package dev.rollsafe.release.refs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReferenceFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both finders over the newest release of the real kratos history (Go code with SQL strings, sqlc-like
 * test data files): prints counts per table and the time taken; skipped when the shared histories or a
 * git executable are absent.
 */
class SqlStringFinderKratosTest {
    @TempDir
    static Path tmp;
    private static Path tree;

    @BeforeAll
    static void cloneKratos() throws Exception {
        tree = SharedHistory.cloneInto("kratos", tmp).dir();
    }

    private static List<Reference> scan(ReferenceFinder finder, java.util.function.Predicate<String> which)
            throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(tree)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/.git/")).toList();
        }
        long t0 = System.nanoTime();
        List<Reference> out = new ArrayList<>();
        int read = 0;
        for (Path f : files) {
            String rel = tree.relativize(f).toString().replace('\\', '/');
            if (finder.accepts(rel) && which.test(rel)) {
                read++;
                out.addAll(finder.find(rel, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Long> perTable = out.stream().collect(Collectors.groupingBy(Reference::table, TreeMap::new,
                Collectors.counting()));
        System.out.printf("kratos %s: %d files read in %d ms, %d references, %d tables%n", finder.id(), read, ms,
                out.size(), perTable.size());
        perTable.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(15).forEach(e -> System.out.printf("  %-40s %d%n", e.getKey(), e.getValue()));
        return out;
    }

    @Test
    void sqlStringsInGoCode() throws IOException {
        List<Reference> refs = scan(new SqlStringFinder(), p -> true);
        assertTrue(refs.stream().anyMatch(r -> r.table().equals("identities")), "identities");
        // persistence/sql/identity/persister_identity.go holds a multi-line query "FROM identities"
        assertTrue(refs.stream().anyMatch(r -> r.path().equals("persistence/sql/identity/persister_identity.go")
                && r.table().equals("identities") && r.column() != null
                && r.confidence() == Reference.Confidence.EXACT), "an exact column of identities");
        assertTrue(refs.stream().anyMatch(r -> r.table().equals("sessions")), "sessions");
        for (Reference r : refs) {
            assertFalse(r.table().isBlank() || r.table().contains(" "), r.toString());
            assertFalse(r.table().equals("the") || "the".equals(r.column()), r.toString());
            assertTrue(r.line() >= 1, r.toString());
        }
    }

    @Test
    void migratestDataFilesInsertIntoRealTables() throws IOException {
        List<Reference> refs = scan(new SqlFileFinder(), p -> p.startsWith("persistence/sql/migratest/testdata/"));
        assertTrue(refs.stream().anyMatch(r -> r.table().equals("identities")
                && r.usage() == Reference.Usage.INSERT && r.column() != null), "INSERT INTO identities (...)");
        assertEquals(List.of(), refs.stream().filter(r -> r.usage() != Reference.Usage.INSERT
                && r.usage() != Reference.Usage.UPDATE && r.usage() != Reference.Usage.DELETE
                && r.usage() != Reference.Usage.SELECT).toList());
    }
}
