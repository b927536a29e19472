package dev.rollsafe.release.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.source.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real hawkbit release history (see /work/shared/histories/README.md): 22 releases, Flyway per DB folder. */
class HawkbitHistoryTest {
    @TempDir
    Path tmp;

    private static Path bundle() {
        Path root = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")));
        return root.resolve("../shared/histories/hawkbit.bundle").normalize();
    }

    @Test
    void releasesInOrderAndFlywayMigrationsPerRelease() throws Exception {
        Path bundle = bundle();
        Assumptions.assumeTrue(Files.isRegularFile(bundle), "no " + bundle);
        Path clone = tmp.resolve("hawkbit");
        Git.cloneRepository().setURI(bundle.toString()).setDirectory(clone.toFile()).call().close();

        long t0 = System.nanoTime();
        try (GitHistory h = GitHistory.open(clone).orElseThrow();
             ReleaseMigrations shipped = new ReleaseMigrations(h, clone, Config.empty(), null)) {
            List<String> tags = h.releases().stream().map(Release::tag).toList();
            assertEquals(List.of("0.2.0", "0.2.1", "0.2.2", "0.2.3", "0.2.4", "0.2.5", "0.3.0", "0.4.0", "0.4.1",
                    "0.5.0", "0.6.0", "0.6.1", "0.7.0", "0.8.0", "0.9.0", "0.10.0", "1.0.0", "1.0.1", "1.0.2",
                    "1.0.3", "1.0.4", "1.1.0"), tags);
            assertEquals("1.1.0", h.releaseAtHead().orElseThrow().tag());

            List<Integer> counts = new ArrayList<>();
            List<Map<String, Integer>> perDb = new ArrayList<>();
            for (Release r : h.releases()) {
                Map<String, Integer> dbs = new TreeMap<>();
                for (ShippedSet s : shipped.of(r)) {
                    if (s.layout().equals("flyway")) {
                        int deploy = (int) s.migrations().stream().filter(ShippedMigration::deploy).count();
                        dbs.merge(s.root().substring(s.root().lastIndexOf('/') + 1), deploy, Integer::sum);
                    }
                }
                perDb.add(dbs);
                counts.add(dbs.values().stream().mapToInt(Integer::intValue).sum());
                System.out.printf("hawkbit %-6s %4d Flyway migrations %s%n", r.tag(), counts.get(counts.size() - 1),
                        dbs);
            }
            System.out.printf("hawkbit: %d releases, %d discoveries, %.1f s%n", tags.size(), shipped.discoveries(),
                    (System.nanoTime() - t0) / 1e9);
            assertTrue(counts.get(0) > 0, "0.2.0 ships Flyway migrations");
            for (int i = 1; i < counts.size(); i++) {
                for (Map.Entry<String, Integer> db : perDb.get(i - 1).entrySet()) {
                    Integer now = perDb.get(i).get(db.getKey());
                    String step = db.getKey() + " " + tags.get(i - 1) + " -> " + tags.get(i) + ": " + db.getValue()
                            + " -> " + now;
                    if (now == null) {
                        // the README: DB2 and SQL_SERVER folders exist up to 0.8.0 only (support dropped)
                        assertEquals("0.9.0", tags.get(i), step);
                        System.out.println("hawkbit " + step + " (folder removed, as the README says)");
                    } else if (now < db.getValue()) {
                        // the README: at 1.0.0 all V1_* files were squashed into the B1_20_0 baselines
                        assertEquals("1.0.0", tags.get(i), "only the squash may lose migrations; " + step);
                        System.out.println("hawkbit " + step + " (squashed into a baseline, as the README says)");
                    }
                }
            }
            assertEquals(Map.of("H2", 1, "MYSQL", 1, "POSTGRESQL", 1), perDb.get(16), "1.0.0: one baseline per DB");
            assertEquals(Map.of("H2", 3, "MYSQL", 3, "POSTGRESQL", 3), perDb.get(21), "1.1.0 adds V1_20_1, V1_20_2");
            // the working tree (1.1.0) against every release: the folder move at 0.7.0 is no deletion
            List<dev.rollsafe.source.MigrationSet> working = new dev.rollsafe.source.MigrationFinder()
                    .discover(clone, List.of(), Config.empty(), null).sets();
            DeployPlan plan = DeployPlan.of(working, h, shipped, List.of());
            java.util.Set<String> lastTags = new java.util.TreeSet<>();
            plan.deleted().forEach(d -> lastTags.add(d.lastTag()));
            System.out.println("hawkbit deleted: " + plan.deleted().size() + ", last shipped in " + lastTags);
            assertEquals(java.util.Set.of("0.8.0", "0.10.0"), lastTags, "DB2/SQL_SERVER dropped after 0.8.0,"
                    + " V1_* squashed after 0.10.0; nothing lost at the 0.7.0 folder move");
            assertEquals(6, plan.with(PlannedMigration.Status.NEW).size(), "1.1.0 adds V1_20_1 and V1_20_2 per DB");
            assertTrue(plan.migrations().stream().filter(m -> m.migration().identity().equals("flyway:B:1.20"))
                    .allMatch(m -> "0.10.0".equals(m.shippedIn())), "the baselines shipped in 0.10.0");
            Release r100 = h.releases().get(16);
            assertTrue(shipped.of(r100).stream().flatMap(s -> s.migrations().stream())
                    .anyMatch(m -> m.identity().equals("flyway:B:1.20")), "the 1.0.0 baseline");
        }
    }
}
