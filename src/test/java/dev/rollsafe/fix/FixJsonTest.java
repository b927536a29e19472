package dev.rollsafe.fix;

import static dev.rollsafe.fix.FixHarness.read;
import static dev.rollsafe.fix.FixHarness.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollsafe.cli.CliEnvironment;
import dev.rollsafe.cli.Commands;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format json} carries each finding's fix; applying the JSON's edits to the files gives exactly
 * what {@code check --fix} writes, and the lines and columns name the same points as the offsets.
 */
class FixJsonTest {
    private static final String V1 = "db/migration/V1__tables.sql";
    private static final String V2 = "db/migration/V2__index.sql";
    private static final String V3 = "db/migration/V3__fk.sql";
    private static final String V4 = "db/migration/V4__drop.sql";

    @TempDir
    Path dir;
    private String err;

    @BeforeEach
    void migrations() throws Exception {
        write(dir, V1, "CREATE TABLE parent (id int PRIMARY KEY);\nCREATE TABLE child (id int PRIMARY KEY, a int, b int);\n");
        write(dir, V2, "-- lookups\r\nCREATE INDEX child_a\r\n  ON child (a);\r\n");
        write(dir, V3, "ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (a) REFERENCES parent (id);\n");
        write(dir, V4, "SET lock_timeout = '5s';\nDROP INDEX child_a CASCADE;\n");
    }

    private String run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Commands.run(CliEnvironment.of(new PrintWriter(o), new PrintWriter(e), dir), args);
        err = e.toString();
        return o.toString();
    }

    @Test
    void jsonEditsApplyToWhatFixWrites() throws Exception {
        String json = run("check", "--dialect", "postgresql", "--format", "json", "--no-cache");
        JsonNode findings = new ObjectMapper().readTree(json).get("findings");
        Map<String, List<JsonNode>> edits = new LinkedHashMap<>();
        Map<String, String> before = new LinkedHashMap<>();
        int withFix = 0;
        boolean noteOnly = false;
        for (JsonNode f : findings) {
            JsonNode fix = f.get("fix");
            if (fix == null) {
                continue;
            }
            withFix++;
            String path = f.get("path").asText();
            before.computeIfAbsent(path, p -> readQuietly(p));
            assertTrue(fix.get("edits").isArray(), fix.toString());
            if (fix.get("edits").isEmpty()) {
                noteOnly = true;
                assertFalse(fix.path("note").asText().isBlank(), "a fix without edits says why: " + fix);
            }
            for (JsonNode e : fix.get("edits")) {
                assertPositions(before.get(path), e);
                edits.computeIfAbsent(path, p -> new ArrayList<>()).add(e);
            }
        }
        assertTrue(withFix >= 3, "findings with fixes: " + findings);
        assertTrue(noteOnly, "DROP INDEX ... CASCADE has a note and no edit: " + findings);
        assertTrue(edits.keySet().containsAll(List.of(V2, V3)), edits.keySet().toString());

        Map<String, String> expected = new LinkedHashMap<>();
        for (Map.Entry<String, List<JsonNode>> e : edits.entrySet()) {
            expected.put(e.getKey(), apply(before.get(e.getKey()), e.getValue()));
        }
        run("check", "--dialect", "postgresql", "--fix");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), read(dir, e.getKey()), e.getKey() + "; " + err);
        }
        assertEquals("SET lock_timeout = '5s';\nDROP INDEX child_a CASCADE;\n", read(dir, V4), "a note changes nothing");
    }

    @Test
    void theResultCacheKeepsTheFixes() {
        String fresh = run("check", "--dialect", "postgresql", "--format", "json", "--no-cache");
        String first = run("check", "--dialect", "postgresql", "--format", "json");
        String cached = run("check", "--dialect", "postgresql", "--format", "json");
        assertTrue(fresh.contains("\"fix\""), fresh);
        assertEquals(fresh, first);
        assertEquals(fresh, cached);
    }

    /** The lines and columns of an edit are those of its offsets (lines end at LF, CRLF or CR). */
    private static void assertPositions(String text, JsonNode e) {
        int[] start = position(text, e.get("startOffset").asInt());
        int[] end = position(text, e.get("endOffset").asInt());
        assertEquals(start[0], e.get("startLine").asInt(), e.toString());
        assertEquals(start[1], e.get("startColumn").asInt(), e.toString());
        assertEquals(end[0], e.get("endLine").asInt(), e.toString());
        assertEquals(end[1], e.get("endColumn").asInt(), e.toString());
    }

    private static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /** Applies the edits from the last to the first; an edit repeated by two findings goes in once. */
    private static String apply(String text, List<JsonNode> edits) {
        Set<String> seen = new LinkedHashSet<>();
        List<JsonNode> distinct = new ArrayList<>();
        for (JsonNode e : edits) {
            if (seen.add(e.get("startOffset") + ":" + e.get("endOffset") + ":" + e.get("replacement"))) {
                distinct.add(e);
            }
        }
        distinct.sort(Comparator.comparingInt((JsonNode e) -> e.get("startOffset").asInt()).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (JsonNode e : distinct) {
            sb.replace(e.get("startOffset").asInt(), e.get("endOffset").asInt(), e.get("replacement").asText());
        }
        return sb.toString();
    }

    private String readQuietly(String path) {
        try {
            return read(dir, path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
