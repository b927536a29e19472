package dev.rollsafe.release.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.source.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {

    @TempDir
    Path dir;

    private static Optional<ObjectTimeline> find(List<ObjectTimeline> objects, String table, String column) {
        return objects.stream()
                .filter(o -> o.table().equals(table) && java.util.Objects.equals(o.column(), column))
                .findFirst();
    }

    @Test
    void aDroppedColumnShowsWhenItWasAddedLastReferencedAndDropped() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            Timeline t = Timeline.read(repo.dir(), Config.empty());

            assertEquals(List.of("v1.0.0", "v1.1.0", "v1.2.0"),
                    t.releases().stream().map(TimelineRelease::tag).toList(), t.toString());
            assertEquals(List.of("V1__create_users"), labels(t.releases().get(0)));
            assertEquals(List.of("V2__add_name"), labels(t.releases().get(1)));
            assertEquals(List.of("V3__drop_email"), labels(t.releases().get(2)));
            assertEquals(TimelineRepo.MIGRATIONS + "V3__drop_email.sql", t.releases().get(2).migrations().get(0).path());
            assertFalse(t.releases().get(2).unreleased());

            ObjectTimeline email = find(t.objects(), "users", "email").orElseThrow(() -> new AssertionError(t));
            assertEquals(new ObjectTimeline("users", "email", "v1.0.0", "v1.0.0", "v1.2.0"), email);
            ObjectTimeline name = find(t.objects(), "users", "name").orElseThrow();
            assertEquals(new ObjectTimeline("users", "name", "v1.1.0", "v1.2.0", null), name);
            ObjectTimeline users = find(t.objects(), "users", null).orElseThrow();
            assertEquals(new ObjectTimeline("users", null, "v1.0.0", "v1.2.0", null), users);

            // the reviewer's view: the dropped column only; live, still referenced objects stay out
            assertEquals(List.of(email), t.reviewerView());
        }
    }

    @Test
    void aRepeatedReadComesFromTheCacheAndEditsAreSeen() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            Timeline first = Timeline.read(repo.dir(), Config.empty());
            assertEquals(first, Timeline.read(repo.dir(), Config.empty()));
            // a new migration that git does not know yet is the HEAD step all the same
            repo.write(TimelineRepo.MIGRATIONS + "V4__drop_name.sql", "ALTER TABLE users DROP COLUMN name;\n");
            Timeline edited = Timeline.read(repo.dir(), Config.empty());
            assertEquals(first.releases().size() + 1, edited.releases().size(), edited.toString());
        }
    }

    @Test
    void aColumnNoLongerReferencedButNotYetDroppedIsInTheReviewersView() throws Exception {
        try (TimelineRepo repo = TimelineRepo.init(dir)) {
            repo.write(TimelineRepo.MIGRATIONS + "V1__create_users.sql",
                            "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200));\n")
                    .write(TimelineRepo.DAO, TimelineRepo.dao("SELECT id, email FROM users"))
                    .commit("1").tag("v1.0.0");
            repo.write(TimelineRepo.DAO, TimelineRepo.dao("SELECT id FROM users")).commit("2").tag("v1.1.0");

            Timeline t = Timeline.read(repo.dir(), Config.empty());

            assertEquals(List.of(new ObjectTimeline("users", "email", "v1.0.0", "v1.0.0", null)), t.reviewerView());
            assertTrue(t.releases().get(1).migrations().isEmpty());
        }
    }

    @Test
    void unreleasedMigrationsOfTheWorkingTreeComeLastAsHead() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            repo.write(TimelineRepo.MIGRATIONS + "V4__drop_name.sql", "ALTER TABLE users DROP COLUMN name;\n");

            Timeline t = Timeline.read(repo.dir(), Config.empty());

            TimelineRelease head = t.releases().get(t.releases().size() - 1);
            assertEquals("HEAD", head.tag());
            assertTrue(head.unreleased());
            assertEquals(List.of("V4__drop_name"), labels(head));
            assertEquals(new ObjectTimeline("users", "name", "v1.1.0", "HEAD", "HEAD"),
                    find(t.objects(), "users", "name").orElseThrow(() -> new AssertionError(t)));
        }
    }

    @Test
    void noHeadStepWhenEveryMigrationShipped() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            Timeline t = Timeline.read(repo.dir(), Config.empty());
            assertTrue(t.releases().stream().noneMatch(TimelineRelease::unreleased));
        }
    }

    @Test
    void aTableDroppedAndRenamedEndsItsLifeInThatRelease() throws Exception {
        try (TimelineRepo repo = TimelineRepo.init(dir)) {
            repo.write(TimelineRepo.MIGRATIONS + "V1__t.sql", "CREATE TABLE old_items (id int);\n")
                    .write(TimelineRepo.DAO, TimelineRepo.dao("SELECT id FROM old_items"))
                    .commit("1").tag("v1.0.0");
            repo.write(TimelineRepo.MIGRATIONS + "V2__r.sql", "ALTER TABLE old_items RENAME TO items;\n")
                    .write(TimelineRepo.DAO, TimelineRepo.dao("SELECT id FROM items"))
                    .commit("2").tag("v2.0.0");

            Timeline t = Timeline.read(repo.dir(), Config.empty());

            assertEquals(new ObjectTimeline("old_items", null, "v1.0.0", "v1.0.0", "v2.0.0"),
                    find(t.objects(), "old_items", null).orElseThrow(() -> new AssertionError(t)));
            assertEquals(new ObjectTimeline("items", "id", "v2.0.0", "v2.0.0", null),
                    find(t.objects(), "items", "id").orElseThrow());
        }
    }

    @Test
    void outsideGitTheTimelineIsEmptyWithOneNote() throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id int);\n");
        Timeline t = Timeline.read(dir, Config.empty());
        assertTrue(t.releases().isEmpty());
        assertTrue(t.objects().isEmpty());
        assertEquals(1, t.notes().size(), t.notes().toString());
    }

    @Test
    void withoutReleaseTagsTheTimelineIsEmpty() throws Exception {
        try (TimelineRepo repo = TimelineRepo.init(dir)) {
            repo.write(TimelineRepo.MIGRATIONS + "V1__t.sql", "CREATE TABLE t (id int);\n").commit("1").tag("nightly");
            Timeline t = Timeline.read(repo.dir(), Config.empty());
            assertTrue(t.releases().isEmpty());
            assertTrue(t.notes().stream().anyMatch(n -> n.contains("no release tags")), t.notes().toString());
        }
    }

    @Test
    void gooseDownSectionsDoNotDropAnything() {
        String text = "-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;\n";
        String up = DeployText.of("goose", text);
        assertTrue(up.contains("CREATE TABLE a"));
        assertFalse(up.contains("DROP TABLE"));
        assertEquals(text, DeployText.of("flyway", text));
        assertNull(DeployText.of("goose", null));
    }

    private static List<String> labels(TimelineRelease r) {
        return r.migrations().stream().map(TimelineMigration::label).toList();
    }
}
