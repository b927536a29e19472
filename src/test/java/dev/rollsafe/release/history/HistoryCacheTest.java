package dev.rollsafe.release.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReferenceFinders;
import dev.rollsafe.release.ReferencePaths;
import dev.rollsafe.release.ReferenceScanner;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.MigrationFinder;
import dev.rollsafe.source.MigrationSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk history caches: the same plan and references with and without them, and no blob read twice. */
class HistoryCacheTest {
    private static final String FLYWAY = "db/migration/";

    @TempDir
    Path tmp;
    Path repoDir;
    Path cache;

    @BeforeEach
    void repository() throws Exception {
        repoDir = tmp.resolve("repo");
        cache = tmp.resolve("cache");
        try (TestRepo repo = TestRepo.init(repoDir)) {
            repo.write(FLYWAY + "V1__users.sql", "CREATE TABLE users (id int, full_name text);\n")
                    .write("src/main/java/app/Users.java",
                            "class Users { String q = \"SELECT id, full_name FROM users\"; }\n")
                    .write("src/main/java/app/Orders.java", "class Orders { String q = \"SELECT id FROM orders\"; }\n")
                    .commit("one");
            repo.annotatedTag("v1.0.0");
            repo.write(FLYWAY + "V2__orders.sql", "CREATE TABLE orders (id int);\n").commit("two");
            repo.annotatedTag("v1.1.0");
            repo.write("src/main/java/app/Users.java", "class Users { String q = \"SELECT id FROM users\"; }\n")
                    .write(FLYWAY + "V1__users.sql", "-- edited\nCREATE TABLE users (id int, full_name text);\n")
                    .write(FLYWAY + "V3__drop.sql", "ALTER TABLE users DROP COLUMN full_name;\n").commit("three");
            repo.annotatedTag("v1.2.0");
            repo.write(FLYWAY + "V4__more.sql", "CREATE TABLE more (id int);\n").commit("work");
        }
    }

    private record PlanRun(DeployPlan plan, int blobReads, int discoveries) {
    }

    private PlanRun plan(Path cacheDir) {
        List<String> notes = new ArrayList<>();
        List<MigrationSet> sets = new MigrationFinder().discover(repoDir, List.of(), Config.empty(), null).sets();
        try (GitHistory h = GitHistory.open(repoDir, TagPattern.DEFAULT, notes).orElseThrow();
             ReleaseMigrations shipped = new ReleaseMigrations(h, repoDir, Config.empty(), null, cacheDir)) {
            DeployPlan p = DeployPlan.of(sets, h, shipped, notes);
            return new PlanRun(p, shipped.blobReads(), shipped.discoveries());
        }
    }

    private record RefRun(Map<String, List<Reference>> refs, int blobReads) {
    }

    private RefRun references(Path cacheDir, String finders) {
        try (GitHistory h = GitHistory.open(repoDir).orElseThrow();
             ReleaseReferences refs = new ReleaseReferences(h, new ReferenceScanner(ReferenceFinders.standard()),
                     ReferencePaths.of(Map.of(), Set.of()), cacheDir, finders)) {
            Map<String, List<Reference>> out = new java.util.LinkedHashMap<>();
            for (Release r : h.releases()) {
                out.put(r.tag(), refs.of(r));
            }
            return new RefRun(out, refs.blobReads());
        }
    }

    @Test
    void repeatedPlanIsEqualAndReadsNoBlob() {
        PlanRun none = plan(null);
        PlanRun first = plan(cache);
        PlanRun second = plan(cache);
        assertFalse(none.plan().deleted().isEmpty() && none.plan().migrations().isEmpty());
        assertTrue(first.blobReads() > 0, "the first run reads the migration blobs");
        assertEquals(3, first.discoveries());
        assertEquals(none.plan(), first.plan());
        assertEquals(none.plan(), second.plan(), "the cached sets give the same plan");
        assertEquals(0, second.blobReads(), "a repeated run reads no blob");
        assertEquals(0, second.discoveries(), "a repeated run discovers nothing");
        // the plan really depends on the history: V1 was edited after it shipped, V4 is new
        PlannedMigration v1 = second.plan().migrations().stream()
                .filter(m -> m.migration().identity().endsWith(":1")).findFirst().orElseThrow();
        assertEquals(PlannedMigration.Status.SHIPPED, v1.status());
        assertEquals("v1.0.0", v1.shippedIn());
        assertEquals(1, second.plan().with(PlannedMigration.Status.NEW).size());
    }

    @Test
    void repeatedReferencesAreEqualAndReadNoBlob() {
        RefRun none = references(null, "standard");
        RefRun first = references(cache, "standard");
        RefRun second = references(cache, "standard");
        assertTrue(none.refs().get("v1.0.0").stream()
                .anyMatch(r -> "users".equals(r.table()) && "full_name".equals(r.column())), "must find full_name");
        assertTrue(none.refs().get("v1.2.0").stream().noneMatch(r -> "full_name".equals(r.column())),
                "v1.2.0's code no longer reads full_name");
        assertEquals(none.refs(), first.refs());
        assertEquals(none.refs(), second.refs());
        assertEquals(3, first.blobReads(), "Users.java twice (two contents), Orders.java once");
        assertEquals(0, second.blobReads(), "a repeated run reads no blob");
        assertEquals(3, references(cache, "other finders").blobReads(), "another finder list is another cache");
    }

    @Test
    void corruptCacheFilesReadAsEmpty() throws IOException {
        plan(cache);
        references(cache, "standard");
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.toList()) {
                byte[] b = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(b, b.length / 2)); // truncated
            }
        }
        PlanRun again = plan(cache);
        assertEquals(plan(null).plan(), again.plan());
        assertTrue(again.blobReads() > 0, "a truncated file is not trusted");
        RefRun refs = references(cache, "standard");
        assertEquals(references(null, "standard").refs(), refs.refs());
        assertEquals(3, refs.blobReads());
        assertEquals(0, plan(cache).blobReads(), "rewritten whole after the corrupt one");
    }
}
