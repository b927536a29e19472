package dev.rollsafe.release.refs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SqlFileFinderTest {
    private final SqlFileFinder finder = new SqlFileFinder();

    private static String fixture() throws IOException {
        return Files.readString(Path.of(System.getProperty("rollsafe.repoRoot", ".")).toAbsolutePath().normalize()
                .resolve("testdata/refs/sql/files/queries/users.sql"));
    }

    @Test
    void acceptsSqlFilesOnly() {
        assertTrue(finder.accepts("db/queries/users.sql"));
        assertTrue(finder.accepts("Q.SQL"));
        assertFalse(finder.accepts("db/queries/users.sql.go"));
        assertFalse(finder.accepts("users.java"));
        assertEquals("sql-file", finder.id());
    }

    @Test
    void eachStatementAtItsFirstLine() throws IOException {
        Map<Integer, Set<String>> byLine = new TreeMap<>();
        for (Reference r : finder.find("queries/users.sql", fixture())) {
            byLine.computeIfAbsent(r.line(), k -> new TreeSet<>())
                    .add(r.usage() + " " + r.table() + (r.column() == null ? "" : "." + r.column()));
        }
        assertEquals(Map.of(
                3, Set.of("SELECT users", "SELECT users.id", "SELECT users.email"),
                8, Set.of("SELECT orders", "SELECT users", "SELECT orders.id", "SELECT orders.total",
                        "SELECT users.id", "SELECT orders.user_id", "SELECT users.email"),
                15, Set.of("INSERT users", "INSERT users.email", "INSERT users.name", "INSERT users.id"),
                19, Set.of("UPDATE users", "UPDATE users.name", "UPDATE users.id"),
                22, Set.of("DELETE sessions", "DELETE sessions.expires_at")), byLine);
    }

    @Test
    void referenceCarriesTheStatementsFirstLine() throws IOException {
        List<Reference> refs = finder.find("queries/users.sql", fixture());
        Reference r = refs.stream().filter(x -> x.usage() == Usage.DELETE).findFirst().orElseThrow();
        assertEquals("DELETE FROM sessions WHERE expires_at < now();", r.text());
        assertEquals(Reference.Confidence.EXACT, r.confidence());
        assertEquals("sql-file", r.finder());
    }

    @Test
    void mysqlQueryFile() {
        List<Reference> refs = finder.find("q.sql", "SELECT `email` FROM `users` WHERE id = ?;\n# comment\n"
                + "SELECT 1;\n");
        assertEquals(Set.of("users", "users.email", "users.id"), keys(refs));
    }

    @Test
    void garbageYieldsNothing() {
        assertEquals(List.of(), finder.find("x.sql", "this is not SQL at all; 'unterminated"));
        assertEquals(List.of(), finder.find("x.sql", ""));
    }

    private static Set<String> keys(List<Reference> refs) {
        Set<String> out = new TreeSet<>();
        for (Reference r : refs) {
            out.add(r.column() == null ? r.table() : r.table() + "." + r.column());
        }
        return out;
    }
}
