package dev.rollsafe.release.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.source.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline of the real hawkbit history (/work/shared/histories/README.md, table rows H1, H3, H4); skipped
 * when the shared histories are absent. Prints the rows it checks.
 */
class HawkbitTimelineTest {
    @TempDir
    Path tmp;

    private static Path bundle() {
        Path root = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")));
        return root.resolve("../shared/histories/hawkbit.bundle").normalize();
    }

    @Test
    void renamedTableAndDroppedColumnsOfHawkbit() throws Exception {
        Path bundle = bundle();
        Assumptions.assumeTrue(Files.isRegularFile(bundle), "no " + bundle);
        Path clone = tmp.resolve("hawkbit");
        Git.cloneRepository().setURI(bundle.toString()).setDirectory(clone.toFile()).call().close();

        long t0 = System.nanoTime();
        Timeline t = Timeline.read(clone, Config.empty());
        System.out.printf("hawkbit timeline: %d steps, %d objects, %.1f s%n", t.releases().size(), t.objects().size(),
                (System.nanoTime() - t0) / 1e9);
        t.notes().forEach(n -> System.out.println("note: " + n));
        for (ObjectTimeline o : t.objects()) {
            if (o.table().equals("sp_base_software_module") || o.table().equals("sp_software_module")
                    || o.display().equals("sp_distribution_set.complete")
                    || o.display().equals("sp_rollout.group_theshold")) {
                System.out.println(o);
            }
        }

        java.util.Map<String, Long> drops = new java.util.TreeMap<>();
        t.objects().stream().filter(o -> o.dropped() != null).forEach(o -> drops.merge(o.dropped(), 1L, Long::sum));
        System.out.println("drops per release: " + drops);
        t.objects().stream().filter(o -> "1.0.0".equals(o.dropped())).forEach(System.out::println);
        assertEquals(22, t.releases().size(), "every release, and no HEAD step: HEAD is 1.1.0");
        ObjectTimeline renamed = get(t.objects(), "sp_base_software_module", null);
        assertEquals("0.8.0", renamed.lastReferenced(), renamed::toString);
        assertEquals("0.9.0", renamed.dropped(), renamed::toString);
        ObjectTimeline successor = get(t.objects(), "sp_software_module", null);
        assertEquals("0.9.0", successor.added(), successor::toString);

        ObjectTimeline complete = get(t.objects(), "sp_distribution_set", "complete");
        assertEquals("0.9.0", complete.lastReferenced(), complete::toString);
        assertEquals("0.10.0", complete.dropped(), complete::toString);

        ObjectTimeline unused = get(t.objects(), "sp_rollout", "group_theshold");
        assertEquals(null, unused.lastReferenced(), unused::toString);
        assertEquals("0.10.0", unused.dropped(), unused::toString);
    }

    private static ObjectTimeline get(List<ObjectTimeline> objects, String table, String column) {
        return objects.stream()
                .filter(o -> o.table().equals(table) && java.util.Objects.equals(o.column(), column))
                .findFirst().orElseThrow(() -> new AssertionError("no " + table + "." + column));
    }
}
