package dev.rollsafe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.timeline.TimelineRepo;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser shows it: the page {@code check --format html} writes for a real git repository
 * (made with JGit) is rendered by real headless Chromium, the DOM Chromium built is read back and checked, and
 * a screenshot is kept as a build artifact ({@code target/rollsafe-report.png}).
 */
class HtmlReportBrowserTest {
    static final Path SCREENSHOT = Path.of("target", "rollsafe-report.png");
    static final String RED = HtmlReportTimeline.RED;

    @TempDir
    Path dir;

    @TempDir
    Path scratch;

    @Test
    void chromiumShowsTheFindingsByMigrationAndTheContractTimeline() throws Exception {
        HtmlReportChromium chromium = HtmlReportChromium.require(scratch);
        Path page = scratch.resolve("rollsafe-report.html");
        try (TimelineRepo repo = HtmlReportRepo.contractViolation(dir)) {
            Files.writeString(page, HtmlReportRepo.render(dir), StandardCharsets.UTF_8);
        }
        Document dom = Jsoup.parse(chromium.dumpDom(page));

        // the summary
        assertEquals("4 errors, 2 warnings, 1 note in 5 files (6 statements)",
                dom.selectFirst("#summary .summary-line").text(), dom::outerHtml);
        assertEquals("4 errors", dom.selectFirst("#summary .count.level-error").text());

        // findings grouped by migration, in path order, with their level badges
        Elements groups = dom.select("#findings > section.migration");
        assertEquals(List.of(HtmlReportRepo.DROP_EMAIL, HtmlReportRepo.MIGRATIONS + "V5__create_audit.sql"),
                groups.eachAttr("data-path"));
        assertEquals(HtmlReportRepo.DROP_EMAIL + " 4 errors", groups.get(0).selectFirst("h3").text());
        assertEquals(List.of("warning int-key-may-overflow", "note serial-instead-of-identity",
                        "warning timestamp-without-time-zone"),
                groups.get(1).select("article.finding .head").stream()
                        .map(h -> h.selectFirst(".level").text() + " " + h.selectFirst(".rule").text()).toList());
        assertEquals(List.of("level-warning", "level-note", "level-warning"), groups.get(1).select("article.finding")
                .stream().map(a -> a.classNames().stream().filter(c -> c.startsWith("level-")).findFirst()
                        .orElse("")).toList());

        // the contract finding: message, the statement's lines with the span marked, help, evidence
        Element contract = groups.get(0).selectFirst("article.finding[data-rule=contract-while-referenced]");
        assertTrue(contract.hasClass("level-error"));
        assertEquals("drop column users.email while release v1.2.0 still uses it",
                contract.selectFirst(".message").text());
        assertEquals(List.of("2 ALTER TABLE users", "3   DROP COLUMN email;"),
                contract.select("pre.excerpt .line").eachText().stream().map(String::stripLeading).toList());
        assertEquals(List.of("ALTER TABLE users", "  DROP COLUMN email"), contract.select("pre.excerpt mark")
                .stream().map(Element::wholeText).toList());
        assertTrue(contract.selectFirst(".help").text().startsWith("help: contract in two releases"));
        assertTrue(contract.selectFirst(".evidence").text()
                .contains("v1.2.0 src/main/java/app/UserDao.java:4"), contract::outerHtml);

        // the timeline: releases along the axis, one row per changed column, the violation red
        Element svg = dom.selectFirst("#timeline svg.timeline");
        assertEquals(List.of("v1.0.0", "v1.1.0", "v1.2.0", "HEAD"), svg.select("g.release").eachAttr("data-tag"));
        assertEquals(List.of("users.email", "users.nick"), svg.select("g.row").eachAttr("data-object"));
        Element email = svg.selectFirst("g.row[data-object=users.email]");
        Element nick = svg.selectFirst("g.row[data-object=users.nick]");
        assertTrue(email.hasClass("violation"));
        assertFalse(nick.hasClass("violation"));
        assertEquals(RED, email.selectFirst("rect.mark.dropped").attr("fill"));
        assertEquals("users.email dropped in HEAD \u2014 drop column users.email while release v1.2.0 still uses it",
                email.selectFirst("rect.mark.dropped > title").text());
        assertEquals(RED, email.selectFirst("line.violation-span").attr("stroke"));
        assertEquals(RED, email.selectFirst("text.row-label").attr("fill"));
        assertFalse(RED.equals(nick.selectFirst("rect.mark.dropped").attr("fill")));
        assertEquals(1, svg.select(".mark.violation").size());
        for (Element row : List.of(email, nick)) {
            assertEquals(1, row.select("circle.mark.added").size());
            assertEquals(1, row.select("rect.mark.referenced").size());
            assertEquals(1, row.select("rect.mark.dropped").size());
        }
        // marks sit in their releases' columns: added (v1.0.0) left of last referenced (v1.2.0) left of dropped (HEAD)
        double added = Double.parseDouble(email.selectFirst("circle.mark.added").attr("cx"));
        double referenced = Double.parseDouble(email.selectFirst("rect.mark.referenced").attr("x"));
        double dropped = Double.parseDouble(email.selectFirst("rect.mark.dropped").attr("x"));
        assertTrue(added < referenced && referenced < dropped, email::outerHtml);
        assertEquals("users.nick last referenced by the code of v1.0.0",
                nick.selectFirst("rect.mark.referenced > title").text());

        assertSelfContained(dom);

        chromium.screenshot(page, SCREENSHOT, 1280, 2000);
        BufferedImage png = ImageIO.read(SCREENSHOT.toFile());
        assertEquals(1280, png.getWidth());
        assertEquals(2000, png.getHeight());
        assertTrue(colours(png) > 20, "the screenshot looks blank");
        assertTrue(hasColour(png, 0xc62828), "no red violation mark or error badge painted");
    }

    @Test
    void markupInFileNamesSqlAndIdentifiersIsShownAsTextNeverParsed() throws Exception {
        HtmlReportChromium chromium = HtmlReportChromium.require(scratch);
        Path page = scratch.resolve("hostile.html");
        String html;
        try (TimelineRepo repo = HtmlReportRepo.hostile(dir)) {
            html = HtmlReportRepo.render(dir);
        }
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Document dom = Jsoup.parse(chromium.dumpDom(page));

        assertTrue(dom.select("script, img, iframe, b, object, embed").isEmpty(), dom::outerHtml);
        for (Element e : dom.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"), e::outerHtml);
            }
        }
        String shown = dom.body().wholeText();
        assertTrue(shown.contains(HtmlReportRepo.HOSTILE_COMMENT), shown);
        assertTrue(shown.contains("i<iframe>"), shown);
        Element svg = dom.selectFirst("#timeline svg.timeline");
        assertEquals(List.of(HtmlReportRepo.HOSTILE_TABLE.toLowerCase(java.util.Locale.ROOT) + "."
                        + HtmlReportRepo.HOSTILE_COLUMN.toLowerCase(java.util.Locale.ROOT)),
                svg.select("g.row").eachAttr("data-object").stream().map(s -> s.toLowerCase(java.util.Locale.ROOT))
                        .toList(), svg::outerHtml);
        assertTrue(svg.selectFirst("g.row text.row-label > title").text().contains(HtmlReportRepo.HOSTILE_COLUMN));
        Set<String> paths = new HashSet<>(dom.select("#files td.path").eachText());
        assertTrue(paths.contains(HtmlReportRepo.HOSTILE_FILE), paths::toString);
        assertSelfContained(dom);
    }

    /** Nothing on the page points outside it: no script, no linked resource, and a CSP that forbids fetching. */
    static void assertSelfContained(Document dom) {
        assertTrue(dom.select("script, link, iframe, img, object, embed, [src], [href]").isEmpty(), dom::outerHtml);
        Element csp = dom.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertTrue(csp != null && csp.attr("content").startsWith("default-src 'none'"), dom::outerHtml);
        assertFalse(dom.select("style").html().contains("url("), "the style sheet fetches something");
    }

    private static int colours(BufferedImage png) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 4) {
            for (int x = 0; x < png.getWidth(); x += 4) {
                seen.add(png.getRGB(x, y) & 0xffffff);
            }
        }
        return seen.size();
    }

    private static boolean hasColour(BufferedImage png, int rgb) {
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                if ((png.getRGB(x, y) & 0xffffff) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
