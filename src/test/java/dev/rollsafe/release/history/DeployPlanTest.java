package dev.rollsafe.release.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.history.PlannedMigration.Status;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.MigrationFinder;
import dev.rollsafe.source.MigrationSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployPlanTest {
    @TempDir
    Path tmp;

    private static final String FLYWAY = "db/migration/";

    private DeployPlan plan(Path dir) {
        List<String> notes = new ArrayList<>();
        List<MigrationSet> sets = new MigrationFinder().discover(dir, List.of(), Config.empty(), null).sets();
        GitHistory h = GitHistory.open(dir, TagPattern.DEFAULT, notes).orElse(null);
        if (h == null) {
            return DeployPlan.of(sets, null, null, notes);
        }
        try (h; ReleaseMigrations shipped = new ReleaseMigrations(h, dir, Config.empty(), null)) {
            return DeployPlan.of(sets, h, shipped, notes);
        }
    }

    private static Map<String, PlannedMigration> byIdentity(DeployPlan p) {
        return p.migrations().stream().collect(Collectors.toMap(m -> m.migration().identity(), Function.identity()));
    }

    @Test
    void newShippedEditedDeletedAndOutOfOrder() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write(FLYWAY + "V1__users.sql", "CREATE TABLE users (id int);\n")
                    .write(FLYWAY + "V2__orders.sql", "CREATE TABLE orders (id int);\n")
                    .write(FLYWAY + "V3__tmp.sql", "CREATE TABLE tmp (id int);\n").commit("first");
            repo.annotatedTag("v1.0.0");
            repo.write(FLYWAY + "V4__items.sql", "CREATE TABLE items (id int);\n").commit("second");
            repo.lightweightTag("v1.1.0");
            // unreleased work: an edit, a deletion, a new one after, a new one before a shipped one
            repo.write(FLYWAY + "V1__users.sql", "-- licence header\nCREATE TABLE users (id int);\n")
                    .delete(FLYWAY + "V3__tmp.sql")
                    .write(FLYWAY + "V5__more.sql", "CREATE TABLE more (id int);\n")
                    .write(FLYWAY + "V3_5__late.sql", "CREATE TABLE late (id int);\n").commit("work");

            DeployPlan p = plan(tmp);
            assertTrue(p.atHead().isEmpty());
            assertEquals(List.of("v1.0.0", "v1.1.0"), p.releases().stream().map(Release::tag).toList());
            Map<String, PlannedMigration> m = byIdentity(p);
            assertEquals(List.of("flyway:1", "flyway:2", "flyway:3.5", "flyway:4", "flyway:5"),
                    p.migrations().stream().map(x -> x.migration().identity()).toList(), "apply order");

            PlannedMigration v1 = m.get("flyway:1");
            assertEquals(Status.SHIPPED, v1.status());
            assertEquals("v1.0.0", v1.shippedIn());
            assertTrue(v1.edited());
            assertEquals("CREATE TABLE users (id int);\n", v1.shipped().text(), "the text it shipped with");
            assertFalse(m.get("flyway:2").edited());
            assertEquals("v1.1.0", m.get("flyway:4").shippedIn());

            PlannedMigration late = m.get("flyway:3.5");
            assertEquals(Status.NEW, late.status());
            assertTrue(late.outOfOrder());
            assertEquals("flyway:4", late.sortsBefore());
            PlannedMigration v5 = m.get("flyway:5");
            assertEquals(Status.NEW, v5.status());
            assertFalse(v5.outOfOrder());

            assertEquals(1, p.deleted().size(), p.deleted().toString());
            DeletedMigration gone = p.deleted().get(0);
            assertEquals("flyway:3", gone.migration().identity());
            assertEquals("v1.1.0", gone.lastTag(), "the newest release that still had it");
            assertEquals(FLYWAY + "V3__tmp.sql", gone.migration().path());
            assertEquals(List.of("v1.1.0"), p.window(1).stream().map(Release::tag).toList());
            assertEquals(List.of("v1.0.0", "v1.1.0"), p.window(5).stream().map(Release::tag).toList());
        }
    }

    @Test
    void movedFolderIsNoDeletion() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write("old/" + FLYWAY + "V1__a.sql", "CREATE TABLE a (id int);\n")
                    .write("old/" + FLYWAY + "V2__b.sql", "CREATE TABLE b (id int);\n").commit("first");
            repo.annotatedTag("v1.0.0");
            repo.move("old/" + FLYWAY + "V1__a.sql", "new/" + FLYWAY + "V1__a.sql")
                    .move("old/" + FLYWAY + "V2__b.sql", "new/" + FLYWAY + "V2__b.sql").commit("move");
            DeployPlan p = plan(tmp);
            assertTrue(p.deleted().isEmpty(), p.deleted().toString());
            for (PlannedMigration m : p.migrations()) {
                assertEquals(Status.SHIPPED, m.status(), m.toString());
                assertFalse(m.edited());
                assertTrue(m.shipped().path().startsWith("old/"), m.shipped().path());
                assertTrue(m.migration().path().startsWith("new/"), m.migration().path());
            }
            assertEquals(2, p.migrations().size());
        }
    }

    @Test
    void hotfixOnAnUnmergedBranchCountsAndTheReleaseAtHeadIsNew() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write(FLYWAY + "V1__a.sql", "CREATE TABLE a (id int);\n").commit("one");
            repo.annotatedTag("v1.5.0");
            repo.branch("hotfix").write(FLYWAY + "V1_1__fix.sql", "CREATE INDEX i ON a (id);\n").commit("fix");
            repo.annotatedTag("v1.5.1");
            repo.checkout("main").write(FLYWAY + "V1_1__fix.sql", "CREATE INDEX i ON a (id);\n")
                    .write(FLYWAY + "V2__b.sql", "CREATE TABLE b (id int);\n").commit("two");
            repo.annotatedTag("v1.6.0").annotatedTag("latest");
            DeployPlan p = plan(tmp);
            assertEquals("v1.6.0", p.atHead().orElseThrow().tag());
            assertEquals(List.of("v1.5.0", "v1.5.1"), p.releases().stream().map(Release::tag).toList());
            Map<String, PlannedMigration> m = byIdentity(p);
            assertEquals("v1.5.1", m.get("flyway:1.1").shippedIn(), "the hotfix shipped it though HEAD never merged it");
            assertEquals(Status.NEW, m.get("flyway:2").status(), "only in the release at HEAD: new");
            assertEquals(List.of("v1.5.1"), p.window(1).stream().map(Release::tag).toList());
        }
    }

    @Test
    void liquibaseChangesetAppendedToAReleasedFileIsNew() throws Exception {
        String head = "--liquibase formatted sql\n\n--changeset ann:1\nCREATE TABLE a (id int);\n"
                + "--rollback DROP TABLE a;\n";
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write("db/changelog/001-init.sql", head).commit("one");
            repo.annotatedTag("v1.0.0");
            repo.write("db/changelog/001-init.sql", head + "\n--changeset bob:2\nALTER TABLE a ADD COLUMN b int;\n")
                    .commit("two");
            DeployPlan p = plan(tmp);
            Map<String, PlannedMigration> m = byIdentity(p);
            assertEquals(2, m.size(), m.keySet().toString());
            assertEquals(Status.SHIPPED, m.get("liquibase:ann:1").status());
            assertFalse(m.get("liquibase:ann:1").edited(), "appending does not edit the first changeset");
            assertEquals(Status.NEW, m.get("liquibase:bob:2").status());
            assertFalse(m.get("liquibase:bob:2").outOfOrder());
            assertFalse(m.get("liquibase:ann:1").shipped().text().contains("rollback"), "only the deploy part");
        }
    }

    @Test
    void downFilesAreNoDeploySteps() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write("migrations/1_a.up.sql", "CREATE TABLE a (id int);\n")
                    .write("migrations/1_a.down.sql", "DROP TABLE a;\n").commit("one");
            repo.annotatedTag("v0.1.0");
            repo.delete("migrations/1_a.down.sql").commit("drop the down file");
            DeployPlan p = plan(tmp);
            assertEquals(1, p.migrations().size(), p.migrations().toString());
            assertTrue(p.migrations().get(0).migration().identity().endsWith("1_a.up.sql"));
            assertEquals(Status.SHIPPED, p.migrations().get(0).status());
            assertTrue(p.deleted().isEmpty(), "a deleted down file is no deleted migration: " + p.deleted());
        }
    }

    @Test
    void noTagsMeansEverythingNewAndOneNote() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write(FLYWAY + "V1__a.sql", "CREATE TABLE a (id int);\n").commit("one");
            repo.annotatedTag("nightly");
            DeployPlan p = plan(tmp);
            assertEquals(1, p.migrations().size());
            assertEquals(Status.NEW, p.migrations().get(0).status());
            assertEquals(1, p.notes().size(), p.notes().toString());
            assertTrue(p.window(3).isEmpty());
        }
    }

    @Test
    void folderOutsideGitWorks() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        org.junit.jupiter.api.Assumptions.assumeTrue(GitHistory.open(plain).isEmpty(), "temp folder inside git");
        Files.createDirectories(plain.resolve(FLYWAY));
        Files.writeString(plain.resolve(FLYWAY + "V1__a.sql"), "CREATE TABLE a (id int);\n");
        DeployPlan p = plan(plain);
        assertEquals(1, p.migrations().size());
        assertEquals(Status.NEW, p.migrations().get(0).status());
        assertNull(p.migrations().get(0).shippedIn());
        assertEquals(1, p.notes().size(), p.notes().toString());
        assertTrue(p.releases().isEmpty());
    }

    @Test
    void unchangedMigrationFilesAreDiscoveredOnce() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write(FLYWAY + "V1__a.sql", "CREATE TABLE a (id int);\n").write("src/App.java", "class App {}")
                    .commit("one");
            repo.annotatedTag("v1.0.0");
            repo.write("src/App.java", "class App { int x; }").commit("code only");
            repo.annotatedTag("v1.0.1");
            repo.write(FLYWAY + "V2__b.sql", "CREATE TABLE b (id int);\n").commit("two");
            repo.annotatedTag("v1.1.0");
            try (GitHistory h = GitHistory.open(tmp).orElseThrow();
                 ReleaseMigrations shipped = new ReleaseMigrations(h, tmp, Config.empty(), null)) {
                List<Integer> counts = new ArrayList<>();
                for (Release r : h.releases()) {
                    counts.add(shipped.of(r).get(0).migrations().size());
                }
                assertEquals(List.of(1, 1, 2), counts);
                assertEquals(2, shipped.discoveries(), "v1.0.1 changed no migration file: no second discovery");
            }
        }
    }
}
