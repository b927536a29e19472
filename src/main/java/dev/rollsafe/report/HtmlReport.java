package dev.rollsafe.report;

import static dev.rollsafe.report.HtmlReportText.escape;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.release.timeline.Timeline;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.ConfigException;
import dev.rollsafe.source.ConfigLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The check result as one self-contained HTML page: a summary, the contract timeline as an inline SVG picture
 * when release history is known, and the findings grouped by migration, each with the statement's source lines
 * (the span marked), its help and its evidence. The page loads nothing: the style is inline, there is no script,
 * no font, no image file, and its Content-Security-Policy forbids fetching anything should a browser try. All
 * text from the input is escaped ({@link HtmlReportText}).
 */
public final class HtmlReport implements Report {
    /** Source lines shown per finding; a longer statement shows its first lines and says how many are left. */
    static final int EXCERPT_LINES = 30;

    private final String version;
    private final Path workingDirectory;
    private final Timeline timeline;

    /**
     * @param timeline the release timeline, or null (outside git, no tags): the page then has no picture
     */
    public HtmlReport(String version, Path workingDirectory, Timeline timeline) {
        this.version = version;
        this.workingDirectory = workingDirectory;
        this.timeline = timeline;
    }

    /**
     * A report with the timeline of the repository holding {@code workingDirectory}, read with the configuration
     * the check used ({@code configFile} relative to it, or null for the default). A configuration that cannot
     * be read leaves the page without a picture (the check itself reports the problem).
     */
    public static HtmlReport withHistory(String version, Path workingDirectory, Path configFile) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        Config config;
        try {
            config = configFile != null ? ConfigLoader.load(cwd.resolve(configFile)) : ConfigLoader.loadDefault(cwd);
        } catch (ConfigException e) {
            return new HtmlReport(version, workingDirectory, null);
        }
        return new HtmlReport(version, workingDirectory, Timeline.read(cwd, config));
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"rollsafe ").append(escape(version)).append("\">\n")
                .append("<title>rollsafe report</title>\n<style>\n").append(HtmlReportStyle.CSS).append("</style>\n")
                .append("</head>\n<body>\n<header><h1>rollsafe report</h1><p class=\"tool\">rollsafe ")
                .append(escape(version)).append("</p></header>\n<main>\n");
        summary(page, result);
        if (timeline != null && !timeline.releases().isEmpty()) {
            HtmlReportTimeline.write(page, timeline, result.findings());
        }
        findings(page, result);
        files(page, result.files());
        page.append("</main>\n</body>\n</html>\n");
        out.print(page);
        out.flush();
    }

    private static void summary(StringBuilder page, CheckResult result) {
        page.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"summary-line\">")
                .append(escape(Counts.summary(result))).append("</p>\n<ul class=\"counts\">");
        for (Level level : new Level[] {Level.ERROR, Level.WARNING, Level.NOTE}) {
            long n = result.findings().stream().filter(f -> f.level() == level).count();
            page.append("<li class=\"count level-").append(level.id()).append("\"><span class=\"n\">").append(n)
                    .append("</span> ").append(level.id()).append(n == 1 ? "" : "s").append("</li>");
        }
        long migrations = result.findings().stream().map(Finding::path).distinct().count();
        page.append("<li class=\"count files\"><span class=\"n\">").append(migrations).append("</span> of ")
                .append(Counts.plural(result.files().size(), "file")).append(" with findings</li></ul>\n");
        if (!result.messages().isEmpty()) {
            page.append("<ul class=\"messages\">");
            result.messages().forEach(m -> page.append("<li>").append(escape(m)).append("</li>"));
            page.append("</ul>\n");
        }
        page.append("</section>\n");
    }

    private void findings(StringBuilder page, CheckResult result) {
        page.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (result.findings().isEmpty()) {
            page.append("<p class=\"empty\">No findings.</p>\n");
        }
        Map<String, List<Finding>> byPath = new LinkedHashMap<>();
        result.findings().forEach(f -> byPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
        SourceLines sources = new SourceLines(workingDirectory);
        for (Map.Entry<String, List<Finding>> e : byPath.entrySet()) {
            page.append("<section class=\"migration\" data-path=\"").append(escape(e.getKey())).append("\">\n")
                    .append("<h3><span class=\"path\">").append(escape(e.getKey())).append("</span>");
            for (Level level : new Level[] {Level.ERROR, Level.WARNING, Level.NOTE}) {
                long n = e.getValue().stream().filter(f -> f.level() == level).count();
                if (n > 0) {
                    page.append(" <span class=\"badge level-").append(level.id()).append("\">")
                            .append(Counts.plural(n, level.id())).append("</span>");
                }
            }
            page.append("</h3>\n");
            for (Finding f : e.getValue()) {
                finding(page, f, sources);
            }
            page.append("</section>\n");
        }
        page.append("</section>\n");
    }

    private static void finding(StringBuilder page, Finding f, SourceLines sources) {
        page.append("<article class=\"finding level-").append(f.level().id()).append("\" data-rule=\"")
                .append(escape(f.ruleId())).append("\" data-line=\"").append(f.line()).append("\">\n")
                .append("<p class=\"head\"><span class=\"level\">").append(f.level().id())
                .append("</span> <code class=\"rule\">").append(escape(f.ruleId()))
                .append("</code> <span class=\"position\">line ").append(f.line()).append(", column ")
                .append(f.column()).append("</span></p>\n<p class=\"message\">").append(escape(f.message()))
                .append("</p>\n");
        excerpt(page, f, sources);
        if (f.help() != null && !f.help().isBlank()) {
            page.append("<p class=\"help\"><span class=\"label\">help:</span> ").append(escape(f.help()))
                    .append("</p>\n");
        }
        if (!f.evidence().isEmpty()) {
            page.append("<ul class=\"evidence\">");
            for (Evidence ev : f.evidence()) {
                page.append("<li>");
                if (ev.release() != null) {
                    page.append("<code class=\"release\">").append(escape(ev.release())).append("</code> ");
                }
                if (ev.path() != null) {
                    page.append("<span class=\"where\">").append(escape(ev.path()))
                            .append(ev.line() > 0 ? ":" + ev.line() : "").append("</span> ");
                }
                page.append("<code class=\"text\">").append(escape(ev.text() == null ? "" : ev.text().strip()))
                        .append("</code></li>");
            }
            page.append("</ul>\n");
        }
        page.append("</article>\n");
    }

    /** The statement's lines with their numbers, the finding's span inside a {@code <mark>}. */
    private static void excerpt(StringBuilder page, Finding f, SourceLines sources) {
        int first = f.line();
        int last = Math.max(f.endLine(), first);
        int shown = Math.min(last, first + EXCERPT_LINES - 1);
        List<String> lines = new ArrayList<>();
        for (int n = first; n <= shown; n++) {
            Optional<String> line = sources.line(f.path(), n);
            if (line.isEmpty()) {
                break;
            }
            lines.add(line.get());
        }
        if (lines.isEmpty()) {
            page.append("<p class=\"no-source\">(source not available)</p>\n");
            return;
        }
        int width = Integer.toString(first + lines.size() - 1).length();
        page.append("<pre class=\"excerpt\">");
        for (int i = 0; i < lines.size(); i++) {
            int n = first + i;
            String text = lines.get(i);
            int from = n == f.line() ? clamp(f.column() - 1, text) : 0;
            int to = n == f.endLine() ? clamp(f.endColumn() - 1, text) : text.length();
            if (n > f.endLine()) {
                to = from; // a statement whose end lies before its start: mark nothing past it
            }
            to = Math.max(to, from);
            String number = Integer.toString(n);
            page.append("<span class=\"line\"><span class=\"ln\">").append(" ".repeat(width - number.length()))
                    .append(number).append("</span> <span class=\"src\">").append(escape(text.substring(0, from)));
            if (to > from) {
                page.append("<mark>").append(escape(text.substring(from, to))).append("</mark>");
            }
            page.append(escape(text.substring(to))).append("</span></span>\n");
        }
        if (shown < last && lines.size() == shown - first + 1) {
            int more = last - shown;
            page.append("<span class=\"more\">\u2026 ").append(Counts.plural(more, "more line")).append("</span>\n");
        }
        page.append("</pre>\n");
    }

    /** {@code column} within the line, never inside a surrogate pair. */
    private static int clamp(int column, String text) {
        int c = Math.max(0, Math.min(column, text.length()));
        if (c > 0 && c < text.length() && Character.isLowSurrogate(text.charAt(c))
                && Character.isHighSurrogate(text.charAt(c - 1))) {
            c--;
        }
        return c;
    }

    private static void files(StringBuilder page, List<FileReport> files) {
        page.append("<section id=\"files\">\n<details><summary>").append(escape(Counts.plural(files.size(), "file")))
                .append(" checked</summary>\n<table class=\"files\"><thead><tr><th>file</th><th>layout</th>"
                        + "<th>dialect</th><th>statements</th><th>unparsed</th><th>problem</th></tr></thead><tbody>\n");
        for (FileReport f : files) {
            page.append("<tr><td class=\"path\">").append(escape(f.path())).append("</td><td>")
                    .append(escape(f.layout())).append("</td><td>").append(escape(f.dialect())).append("</td><td>")
                    .append(f.statements()).append("</td><td>").append(f.unparsed()).append("</td><td>")
                    .append(escape(f.problem())).append("</td></tr>\n");
        }
        page.append("</tbody></table>\n</details>\n</section>\n");
    }
}
