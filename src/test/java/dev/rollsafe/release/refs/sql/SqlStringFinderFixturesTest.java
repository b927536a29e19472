package dev.rollsafe.release.refs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.Reference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under testdata/refs/sql/strings: a {@code refs:} comment expects exactly its references on
 * the next line, and every unmarked line (comments, log messages, prose) must yield none.
 */
class SqlStringFinderFixturesTest {
    private static final Pattern MARKER = Pattern.compile("(?://|#)\\s*refs:\\s*(.*)$");

    static Stream<Path> fixtures() throws IOException {
        Path dir = Path.of(System.getProperty("rollsafe.repoRoot", ".")).toAbsolutePath().normalize()
                .resolve("testdata/refs/sql/strings");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> new SqlStringFinder().accepts(p.getFileName().toString())).sorted().toList();
        }
        assertEquals(9, files.size(), "one fixture per language, sqlc generated Go, JPQL beside SQL");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void findsExactlyTheMarkedReferences(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        Map<Integer, Set<String>> expected = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.find()) {
                expected.put(i + 2, new TreeSet<>(List.of(m.group(1).strip().split("\\s+"))));
            }
        }
        assertFalse(expected.isEmpty(), "fixture without markers: " + name);
        List<Reference> refs = new SqlStringFinder().find("src/" + name, text);
        Map<Integer, Set<String>> actual = new TreeMap<>();
        for (Reference r : refs) {
            assertEquals("src/" + name, r.path());
            assertEquals("sql-string", r.finder());
            assertEquals(lines[r.line() - 1].strip(), r.text());
            String key = r.column() == null ? r.table()
                    : r.table() + "." + r.column() + (r.confidence() == Reference.Confidence.EXACT ? "" : "?");
            actual.computeIfAbsent(r.line(), k -> new TreeSet<>()).add(key);
        }
        assertEquals(expected, actual, name);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void likelyOnlyForUncertainColumns(Path file) throws IOException {
        for (Reference r : new SqlStringFinder().find(file.toString(), Files.readString(file))) {
            assertTrue(r.confidence() != Reference.Confidence.WEAK);
            if (r.column() == null) {
                assertEquals(Reference.Confidence.EXACT, r.confidence());
            }
        }
    }
}
