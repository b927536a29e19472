package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.timeline.TimelineRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format html} through the command line, with the real engine. */
class HtmlFormatTest {

    @TempDir
    Path dir;

    @Test
    void checkWritesThePageWithTheTimelineOfTheRepository() throws Exception {
        try (TimelineRepo repo = TimelineRepo.threeReleases(dir)) {
            repo.write(TimelineRepo.MIGRATIONS + "V4__index.sql", "CREATE INDEX users_name_idx ON users (name);\n");
            CliRun run = CliRun.real(dir, "check", "--format", "html", "--output", "report.html");

            assertEquals(1, run.code, run::toString);
            assertEquals("", run.out);
            String html = Files.readString(dir.resolve("report.html"));
            assertTrue(html.startsWith("<!DOCTYPE html>\n"), html);
            Document d = Jsoup.parse(html);
            assertEquals(TimelineRepo.MIGRATIONS + "V4__index.sql",
                    d.selectFirst("section.migration").attr("data-path"));
            assertTrue(d.select("article.finding[data-rule=create-index-blocks-writes]").hasClass("level-error"));
            assertEquals("users.email", d.selectFirst("#timeline svg g.row").attr("data-object"));
            assertEquals("HEAD", d.select("#timeline svg g.release").last().attr("data-tag"));
        }
    }

    @Test
    void outsideGitThePageHasNoTimeline() throws Exception {
        Files.writeString(dir.resolve("V1__t.sql"), "CREATE TABLE t (id bigint PRIMARY KEY);\n"
                + "CREATE INDEX t_idx ON t (id);\n");
        Files.writeString(dir.resolve("V2__i.sql"), "CREATE INDEX t_id2 ON t (id);\n");
        CliRun run = CliRun.real(dir, "check", "--format", "html");

        assertEquals(1, run.code, run::toString);
        Document d = Jsoup.parse(run.out);
        assertTrue(d.select("#timeline").isEmpty(), run::toString);
        assertEquals("V2__i.sql", d.selectFirst("section.migration").attr("data-path"), run::toString);
    }

    @Test
    void htmlIsACheckFormatOnly() {
        CliRun releases = CliRun.real(dir, "releases", "--format", "html");
        assertEquals(2, releases.code, releases::toString);
        assertTrue(releases.err.contains("--format html is a check report"), releases::toString);
        CliRun classify = CliRun.real(dir, "classify", "--format", "html");
        assertEquals(2, classify.code, classify::toString);
        CliRun unknown = CliRun.real(dir, "check", "--format", "xml");
        assertEquals(2, unknown.code, unknown::toString);
        assertTrue(unknown.err.contains("html"), unknown::toString);
    }
}
