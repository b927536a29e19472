package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollsafe.release.timeline.TimelineRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasesCommandTest {

    @TempDir
    Path dir;

    @Test
    void textListsTheReleasesThenTheReviewersRows() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            CliRun run = CliRun.real(dir, "releases");

            assertEquals(0, run.code, run::toString);
            List<String> lines = run.out.lines().toList();
            assertTrue(lines.get(0).matches("v1\\.0\\.0  [0-9a-f]{7}  1 migration: V1__create_users"), run::toString);
            assertTrue(lines.get(1).matches("v1\\.1\\.0  [0-9a-f]{7}  1 migration: V2__add_name"), run::toString);
            assertTrue(lines.get(2).matches("v1\\.2\\.0  [0-9a-f]{7}  1 migration: V3__drop_email"), run::toString);
            assertEquals("", lines.get(3));
            assertEquals("object      | added  | last referenced | dropped", lines.get(4));
            assertEquals("users.email | v1.0.0 | v1.0.0          | v1.2.0", lines.get(5));
            assertEquals(6, lines.size(), run::toString);
        }
    }

    @Test
    void allListsEveryTableAndColumn() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            CliRun run = CliRun.real(dir, "releases", "--all");

            assertEquals(0, run.code, run::toString);
            assertTrue(run.out.contains("\nusers       | v1.0.0 | v1.2.0          | -\n"), run::toString);
            assertTrue(run.out.contains("\nusers.id    | v1.0.0 | v1.2.0          | -\n"), run::toString);
            assertTrue(run.out.contains("\nusers.name  | v1.1.0 | v1.2.0          | -\n"), run::toString);
            assertTrue(run.out.contains("\nusers.email | v1.0.0 | v1.0.0          | v1.2.0\n"), run::toString);
        }
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            CliRun run = CliRun.real(dir, "releases", "--format", "json");

            assertEquals(0, run.code, run::toString);
            JsonNode root = new ObjectMapper().readTree(run.out);
            JsonNode releases = root.get("releases");
            assertEquals(3, releases.size());
            List<String> tags = new ArrayList<>();
            releases.forEach(r -> tags.add(r.get("tag").asText()));
            assertEquals(List.of("v1.0.0", "v1.1.0", "v1.2.0"), tags);
            JsonNode last = releases.get(2);
            assertTrue(last.get("commit").asText().matches("[0-9a-f]{40}"));
            assertEquals(1, last.get("migrations").size());
            assertEquals(TimelineRepo.MIGRATIONS + "V3__drop_email.sql",
                    last.get("migrations").get(0).get("path").asText());
            assertTrue(last.get("migrations").get(0).get("identity").asText().startsWith("flyway:"));

            JsonNode objects = root.get("objects");
            assertEquals(1, objects.size(), run::toString);
            JsonNode email = objects.get(0);
            assertEquals("users", email.get("table").asText());
            assertEquals("email", email.get("column").asText());
            assertEquals("v1.0.0", email.get("added").asText());
            assertEquals("v1.0.0", email.get("lastReferenced").asText());
            assertEquals("v1.2.0", email.get("dropped").asText());
        }
    }

    @Test
    void jsonWritesNullForATablesColumnAndWhatDidNotHappen() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            CliRun run = CliRun.real(dir, "releases", "--format", "json", "--all");

            JsonNode users = null;
            for (JsonNode o : new ObjectMapper().readTree(run.out).get("objects")) {
                if (o.get("column").isNull()) {
                    users = o;
                }
            }
            assertTrue(users != null && users.has("dropped") && users.get("dropped").isNull(), run::toString);
            assertEquals("users", users.get("table").asText());
        }
    }

    @Test
    void outputGoesToTheFileGiven() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            CliRun run = CliRun.real(dir, "releases", "--output", "timeline.txt");
            assertEquals(0, run.code, run::toString);
            assertEquals("", run.out);
            assertTrue(Files.readString(dir.resolve("timeline.txt")).contains("users.email | v1.0.0"));
        }
    }

    @Test
    void outsideGitOneLineAndAnEmptyList() throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id int);\n");

        CliRun json = CliRun.real(dir, "releases", "--format", "json");
        assertEquals(0, json.code, json::toString);
        JsonNode root = new ObjectMapper().readTree(json.out);
        assertEquals(0, root.get("releases").size());
        assertEquals(0, root.get("objects").size());
        assertEquals(1, json.err.lines().count(), json::toString);
        assertTrue(json.err.contains("not inside a git repository"), json::toString);

        CliRun text = CliRun.real(dir, "releases");
        assertEquals(0, text.code, text::toString);
        assertEquals("no releases\n", text.out);
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(2, CliRun.real(dir, "releases", "--format", "xml").code);
        assertEquals(2, CliRun.real(dir, "releases", "--bogus").code);
        CliRun missing = CliRun.real(dir, "releases", "--config", "nope.yaml");
        assertEquals(2, missing.code, missing::toString);
        assertFalse(missing.err.isBlank());
    }
}
