package dev.rollsafe.report;

import static dev.rollsafe.report.Results.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.release.timeline.ObjectTimeline;
import dev.rollsafe.release.timeline.Timeline;
import dev.rollsafe.release.timeline.TimelineMigration;
import dev.rollsafe.release.timeline.TimelineRelease;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's pieces without a browser (HtmlReportBrowserTest renders whole pages in Chromium). */
class HtmlReportTest {

    @TempDir
    Path dir;

    private Document page(CheckResult result, Timeline timeline) {
        return Jsoup.parse(Results.render(new HtmlReport("1.2.3", dir, timeline), result));
    }

    @Test
    void escapesEveryCharacterThatCouldOpenMarkupOrLeaveAnAttribute() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                HtmlReportText.escape("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("a\uFFFDb\uFFFDc\td\ne\uFFFD\uD83D\uDE00", HtmlReportText.escape("a\u0000b\u001bc\td\ne\uD800\uD83D\uDE00"));
        assertEquals("", HtmlReportText.escape(null));
        assertEquals("abcd\u2026", HtmlReportText.shorten("abcdefgh", 5));
        assertEquals("abc\u2026", HtmlReportText.shorten("abc\uD83D\uDE00fgh", 5)); // never half a pair
    }

    @Test
    void excerptShowsTheStatementsLinesWithTheSpanMarkedAndTheSummary() throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "SELECT 1;\nALTER TABLE t\n\tDROP COLUMN c; -- <x>\nSELECT 2;\n");
        Finding f = finding("V1__a.sql", Level.WARNING, 2, 1, 3, 15, List.of());
        Document d = page(Results.of(List.of(f), List.of(new FileReport("V1__a.sql", "flyway", "postgresql", 3, 0,
                null))), null);

        Element article = d.selectFirst("section.migration[data-path=V1__a.sql] article.finding.level-warning");
        assertEquals(List.of("2 ALTER TABLE t", "3 \tDROP COLUMN c; -- <x>"), article.select("pre .line").stream()
                .map(Element::wholeText).toList());
        assertEquals(List.of("ALTER TABLE t", "\tDROP COLUMN c"), article.select("mark").stream()
                .map(Element::wholeText).toList());
        assertEquals("help: the help", article.selectFirst(".help").text());
        assertEquals("1 warning in 1 file (3 statements)", d.selectFirst(".summary-line").text());
        assertTrue(d.select("#timeline").isEmpty(), "no release history, no picture");
        assertEquals("rollsafe 1.2.3", d.selectFirst("header .tool").text());
    }

    @Test
    void aLongStatementShowsItsFirstLinesAndSaysHowManyAreLeft() throws Exception {
        StringBuilder sql = new StringBuilder("INSERT INTO t VALUES\n");
        for (int i = 0; i < 50; i++) {
            sql.append("(").append(i).append("),\n");
        }
        sql.append("(50);\n");
        Files.writeString(dir.resolve("a.sql"), sql);
        Document d = page(Results.of(List.of(finding("a.sql", Level.ERROR, 1, 1, 52, 5, List.of())), List.of()),
                null);
        assertEquals(HtmlReport.EXCERPT_LINES, d.select("pre.excerpt .line").size());
        assertEquals("\u2026 22 more lines", d.selectFirst("pre.excerpt .more").text());
    }

    @Test
    void aFileThatCannotBeReadSaysSoInsteadOfAnExcerpt() {
        Document d = page(Results.of(List.of(finding("gone.sql", Level.NOTE, 1, 1, 1, 5, List.of())), List.of()),
                null);
        assertEquals("(source not available)", d.selectFirst("article.finding .no-source").text());
        assertTrue(d.select("pre.excerpt").isEmpty());
    }

    @Test
    void noFindingsSaysSo() {
        Document d = page(Results.of(List.of(), List.of()), null);
        assertEquals("No findings.", d.selectFirst("#findings .empty").text());
        assertEquals("no findings in 0 files (0 statements)", d.selectFirst(".summary-line").text());
    }

    @Test
    void violationsAreReadFromContractFindingsOnly() {
        Finding drop = contract("drop column users.email while release v1.2.0 still uses it");
        Finding rename = contract("rename table Orders while releases v1, v2 and the code being checked (HEAD) still use it");
        Finding weak = contract("drop column users.nick: release v1 mention its name, without a table to be sure (e.g. a:1)");
        Finding other = new Finding("drop-column", Level.ERROR, "a.sql", 1, 1, 1, 2,
                "drop column users.x while release v1 still uses it", "h", List.of());
        Map<String, List<Finding>> v = HtmlReportTimeline.violations(List.of(drop, rename, weak, other));
        assertEquals(List.of("users.email", "orders"), List.copyOf(v.keySet()));
    }

    @Test
    void timelineRowsAreTheReviewersViewAndEveryViolatedObject() {
        Timeline t = new Timeline(List.of(release("v1"), release("v2")), List.of(
                new ObjectTimeline("users", null, "v1", "v2", null),
                new ObjectTimeline("users", "email", "v1", "v2", null), // still referenced: shown only when violated
                new ObjectTimeline("users", "nick", "v1", "v1", null),  // no longer referenced
                new ObjectTimeline("users", "name", "v2", null, null)), List.of());
        List<ObjectTimeline> rows = HtmlReportTimeline.rows(t,
                HtmlReportTimeline.violations(List.of(contract("drop column users.email while release v2 still uses it"))));
        assertEquals(List.of("users.email", "users.nick"), rows.stream().map(ObjectTimeline::display).toList());

        Document d = page(Results.of(List.of(), List.of()), t);
        assertEquals(List.of("users.nick"), d.select("svg.timeline g.row").eachAttr("data-object"));
        assertEquals(List.of("v1", "v2"), d.select("svg.timeline g.release").eachAttr("data-tag"));
        assertFalse(d.selectFirst("svg.timeline g.row").hasClass("violation"));
        assertTrue(d.select("svg.timeline g.row rect.mark.dropped").isEmpty(), "nick was never dropped");
    }

    @Test
    void timelineWithoutChangedObjectsSaysSo() {
        Timeline t = new Timeline(List.of(release("v1")), List.of(new ObjectTimeline("a", null, "v1", "v1", null)),
                List.of());
        Document d = page(Results.of(List.of(), List.of()), t);
        assertTrue(d.select("svg.timeline").isEmpty());
        assertTrue(d.selectFirst("#timeline .empty").text().startsWith("No table or column was dropped"));
        assertEquals("v1 -: V1__a", d.selectFirst("#timeline details.releases li").text().replace("- :", "-:"));
    }

    private static TimelineRelease release(String tag) {
        return new TimelineRelease(tag, null, false, List.of(new TimelineMigration("flyway:" + tag, "db/V"
                + tag.substring(1) + "__a.sql")));
    }

    private static Finding contract(String message) {
        return new Finding(HtmlReportTimeline.CONTRACT_RULE, Level.ERROR, "a.sql", 1, 1, 1, 2, message, "h", List.of());
    }
}
