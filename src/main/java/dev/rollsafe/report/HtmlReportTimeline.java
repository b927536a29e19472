package dev.rollsafe.report;

import static dev.rollsafe.report.HtmlReportText.escape;
import static dev.rollsafe.report.HtmlReportText.shorten;

import dev.rollsafe.release.timeline.ObjectTimeline;
import dev.rollsafe.release.timeline.Timeline;
import dev.rollsafe.release.timeline.TimelineMigration;
import dev.rollsafe.release.timeline.TimelineRelease;
import dev.rollsafe.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract timeline as an inline SVG picture: releases along the x axis (oldest left, the unreleased
 * working tree last), one row per changed table or column (dropped, or no longer referenced by the newest
 * code, or dropped by a finding), with a mark where it was added, where code last referenced it and where it
 * was dropped. A drop that {@code contract-while-referenced} flags is red: its mark, the span back to the last
 * reference, and the row's label. Every mark carries a {@code <title>} (a tooltip) saying what it means.
 */
final class HtmlReportTimeline {
    static final String CONTRACT_RULE = "contract-while-referenced";
    static final String RED = "#c62828";
    static final String GREEN = "#2e7d32";
    static final String BLUE = "#1565c0";
    static final String GREY = "#424242";

    /** "drop column users.email while release v1.1.0 still uses it": the verb and the object. */
    private static final Pattern VIOLATION = Pattern.compile("^(drop|rename) (?:column|table|view) (.+?) while ");

    private static final int COLUMN = 112;
    private static final int HEADER = 58;
    private static final int ROW = 28;
    private static final int SLOT = 24;
    private static final double CHAR = 7.9; // width of one 13px monospace character, near enough

    private HtmlReportTimeline() {
    }

    /** The findings that are contract violations, by the object they drop or rename ({@code table[.column]}). */
    static Map<String, List<Finding>> violations(List<Finding> findings) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!CONTRACT_RULE.equals(f.ruleId()) || f.message() == null) {
                continue;
            }
            Matcher m = VIOLATION.matcher(f.message());
            if (m.find()) {
                out.computeIfAbsent(m.group(2).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    /** The rows the picture shows: the reviewer's view, and every object a violation names, in timeline order. */
    static List<ObjectTimeline> rows(Timeline timeline, Map<String, List<Finding>> violations) {
        List<ObjectTimeline> view = timeline.reviewerView();
        List<ObjectTimeline> out = new ArrayList<>();
        for (ObjectTimeline o : timeline.objects()) {
            if (view.contains(o) || violations.containsKey(key(o))) {
                out.add(o);
            }
        }
        return out;
    }

    private static String key(ObjectTimeline o) {
        return o.display().toLowerCase(Locale.ROOT);
    }

    /** The section: the picture, its legend and the releases with the migrations each shipped. */
    static void write(StringBuilder out, Timeline timeline, List<Finding> findings) {
        Map<String, List<Finding>> violations = violations(findings);
        List<ObjectTimeline> rows = rows(timeline, violations);
        out.append("<section id=\"timeline\">\n<h2>Contract timeline</h2>\n");
        out.append("<p class=\"lead\">Releases from left to right")
                .append(timeline.releases().stream().anyMatch(TimelineRelease::unreleased)
                        ? ", then the unreleased working tree (HEAD)" : "")
                .append(". One row per table or column that was dropped or that the newest code no longer "
                        + "references.</p>\n");
        if (rows.isEmpty()) {
            out.append("<p class=\"empty\">No table or column was dropped or stopped being referenced.</p>\n");
        } else {
            svg(out, timeline.releases(), rows, violations);
            legend(out);
        }
        releases(out, timeline.releases());
        out.append("</section>\n");
    }

    private static void svg(StringBuilder out, List<TimelineRelease> releases, List<ObjectTimeline> rows,
                            Map<String, List<Finding>> violations) {
        int longest = 0;
        for (ObjectTimeline o : rows) {
            longest = Math.max(longest, Math.min(40, o.display().length()));
        }
        int label = (int) Math.max(140, Math.ceil(longest * CHAR) + 28);
        int width = label + releases.size() * COLUMN + 16;
        int height = HEADER + rows.size() * ROW + 12;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < releases.size(); i++) {
            index.putIfAbsent(releases.get(i).tag(), i);
        }
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-label=\"Contract timeline of ").append(rows.size())
                .append(rows.size() == 1 ? " table or column" : " tables and columns").append(" over ")
                .append(releases.size()).append(releases.size() == 1 ? " release" : " releases").append("\">\n");
        for (int r = 0; r < rows.size(); r++) {
            if (r % 2 == 1) {
                out.append("<rect class=\"stripe\" x=\"0\" y=\"").append(HEADER + r * ROW).append("\" width=\"")
                        .append(width).append("\" height=\"").append(ROW).append("\" fill=\"#f5f5f5\"/>\n");
            }
        }
        for (int i = 0; i < releases.size(); i++) {
            header(out, releases.get(i), label + i * COLUMN, height);
        }
        for (int r = 0; r < rows.size(); r++) {
            ObjectTimeline o = rows.get(r);
            row(out, o, violations.getOrDefault(key(o), List.of()), index, label, HEADER + r * ROW + ROW / 2,
                    width);
        }
        out.append("</svg>\n");
    }

    private static void header(StringBuilder out, TimelineRelease r, int left, int height) {
        int centre = left + COLUMN / 2;
        out.append("<g class=\"release").append(r.unreleased() ? " unreleased" : "").append("\" data-tag=\"")
                .append(escape(r.tag())).append("\">");
        out.append("<title>").append(escape(r.tag())).append(r.unreleased() ? " (unreleased working tree)" : "")
                .append(r.commit() == null ? "" : " " + escape(r.shortCommit())).append(": ")
                .append(escape(migrations(r.migrations()))).append("</title>");
        out.append("<line x1=\"").append(left).append("\" y1=\"6\" x2=\"").append(left).append("\" y2=\"")
                .append(height - 6).append("\" stroke=\"#e0e0e0\"/>");
        out.append("<text class=\"tag\" x=\"").append(centre).append("\" y=\"22\" text-anchor=\"middle\">")
                .append(escape(shorten(r.tag(), 13))).append("</text>");
        String sub = r.unreleased() ? "unreleased" : r.migrations().size()
                + (r.migrations().size() == 1 ? " migration" : " migrations");
        out.append("<text class=\"sub\" x=\"").append(centre).append("\" y=\"40\" text-anchor=\"middle\">")
                .append(escape(sub)).append("</text></g>\n");
    }

    private static void row(StringBuilder out, ObjectTimeline o, List<Finding> violations, Map<String, Integer> index,
                            int label, int y, int width) {
        boolean red = !violations.isEmpty();
        out.append("<g class=\"row").append(red ? " violation" : "").append("\" data-object=\"")
                .append(escape(o.display())).append("\">");
        out.append("<text class=\"row-label").append(red ? " violation" : "").append("\" x=\"10\" y=\"").append(y + 4)
                .append("\"").append(red ? " fill=\"" + RED + "\"" : "").append("><title>").append(escape(o.display()))
                .append("</title>").append(escape(shorten(o.display(), 40))).append("</text>");
        Integer added = o.added() == null ? null : index.get(o.added());
        Integer referenced = o.lastReferenced() == null ? null : index.get(o.lastReferenced());
        Integer dropped = o.dropped() == null ? null : index.get(o.dropped());
        int addedX = added == null ? label + 4 : slot(label, added, -1);
        int endX = dropped == null ? width - 12 : slot(label, dropped, 1);
        out.append("<line class=\"life\" x1=\"").append(addedX).append("\" y1=\"").append(y).append("\" x2=\"")
                .append(endX).append("\" y2=\"").append(y).append("\" stroke=\"#9e9e9e\" stroke-width=\"2\"")
                .append(dropped == null ? " stroke-dasharray=\"4 3\"" : "").append("/>");
        if (red && referenced != null && dropped != null) {
            int from = slot(label, referenced, 0);
            out.append("<line class=\"violation-span\" x1=\"").append(Math.min(from, endX)).append("\" y1=\"")
                    .append(y).append("\" x2=\"").append(Math.max(from, endX)).append("\" y2=\"").append(y)
                    .append("\" stroke=\"").append(RED).append("\" stroke-width=\"4\"/>");
        }
        if (added != null) {
            out.append("<circle class=\"mark added\" cx=\"").append(addedX).append("\" cy=\"").append(y)
                    .append("\" r=\"6\" fill=\"").append(GREEN).append("\"><title>").append(escape(o.display()))
                    .append(" added in ").append(escape(o.added())).append("</title></circle>");
        }
        if (referenced != null) {
            int x = slot(label, referenced, 0);
            out.append("<rect class=\"mark referenced\" x=\"").append(x - 5).append("\" y=\"").append(y - 5)
                    .append("\" width=\"10\" height=\"10\" transform=\"rotate(45 ").append(x).append(' ').append(y)
                    .append(")\" fill=\"").append(BLUE).append("\"><title>").append(escape(o.display()))
                    .append(" last referenced by the code of ").append(escape(o.lastReferenced()))
                    .append("</title></rect>");
        }
        if (dropped != null) {
            out.append("<rect class=\"mark dropped").append(red ? " violation" : "").append("\" x=\"")
                    .append(endX - 6).append("\" y=\"").append(y - 6).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(red ? RED : GREY).append("\"><title>").append(escape(o.display())).append(" dropped in ")
                    .append(escape(o.dropped()));
            for (Finding f : violations) {
                out.append(" \u2014 ").append(escape(f.message()));
            }
            out.append("</title></rect>");
        }
        out.append("</g>\n");
    }

    /** The x of a mark in release {@code i}'s column: added left (-1), last referenced centre (0), dropped right (1). */
    private static int slot(int label, int i, int which) {
        return label + i * COLUMN + COLUMN / 2 + which * SLOT;
    }

    private static void legend(StringBuilder out) {
        out.append("<ul class=\"legend\">")
                .append(legendItem("<circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"" + GREEN + "\"/>", "added"))
                .append(legendItem("<rect x=\"3\" y=\"3\" width=\"10\" height=\"10\" transform=\"rotate(45 8 8)\" "
                        + "fill=\"" + BLUE + "\"/>", "last referenced by code"))
                .append(legendItem("<rect x=\"2\" y=\"2\" width=\"12\" height=\"12\" fill=\"" + GREY + "\"/>",
                        "dropped"))
                .append(legendItem("<rect x=\"2\" y=\"2\" width=\"12\" height=\"12\" fill=\"" + RED + "\"/>",
                        "dropped while a release in the deploy window still uses it (contract-while-referenced)"))
                .append("</ul>\n");
    }

    private static String legendItem(String shape, String text) {
        return "<li><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" "
                + "aria-hidden=\"true\">" + shape + "</svg> " + text + "</li>";
    }

    private static void releases(StringBuilder out, List<TimelineRelease> releases) {
        out.append("<details class=\"releases\"><summary>Releases and the migrations each shipped</summary><ol>\n");
        for (TimelineRelease r : releases) {
            out.append("<li><code>").append(escape(r.tag())).append("</code> ")
                    .append(r.unreleased() ? "(unreleased)" : "<span class=\"commit\">" + escape(r.shortCommit())
                            + "</span>")
                    .append(": ").append(escape(migrations(r.migrations()))).append("</li>\n");
        }
        out.append("</ol></details>\n");
    }

    private static String migrations(List<TimelineMigration> ms) {
        if (ms.isEmpty()) {
            return "no migrations";
        }
        List<String> labels = new ArrayList<>();
        ms.forEach(m -> labels.add(m.label()));
        return String.join(", ", labels);
    }
}
