package dev.rollsafe.report;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Findings as a compiler prints them:
 * <pre>
 * db/V2__drop.sql:3:1: error[rule-id]: message
 *   3 | ALTER TABLE users DROP COLUMN email;
 *     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
 *     = help: what to do instead
 * </pre>
 * then a summary line. Source lines are read from disk, relative to the working directory.
 * {@link Style} adds what only a person at a terminal wants: colours and the time taken; and {@code quiet}
 * keeps the first line of each finding and the summary.
 */
public final class TextReport implements Report {

    /**
     * How the text looks beyond the plain, reproducible form.
     *
     * @param colour  ANSI colours (level words, markers, the location)
     * @param quiet   one line per finding (no source excerpt, help or evidence), then the summary
     * @param seconds the time the check took, appended to the summary; negative to leave it out
     */
    public record Style(boolean colour, boolean quiet, double seconds) {
        public static final Style PLAIN = new Style(false, false, -1);
    }

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private final Path workingDirectory;
    private final Style style;

    public TextReport(Path workingDirectory) {
        this(workingDirectory, Style.PLAIN);
    }

    public TextReport(Path workingDirectory, Style style) {
        this.workingDirectory = workingDirectory;
        this.style = style;
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        SourceLines sources = new SourceLines(workingDirectory);
        for (Finding f : result.findings()) {
            if (style.quiet()) {
                out.println(header(f));
                continue;
            }
            writeFinding(f, sources, out);
            out.println();
        }
        String summary = Counts.summary(result);
        if (style.seconds() >= 0) {
            summary += String.format(java.util.Locale.ROOT, ", %.1f s", style.seconds());
        }
        out.println(style.colour() ? BOLD + summary + RESET : summary);
        out.flush();
    }

    private String header(Finding f) {
        String where = f.path() + ":" + f.line() + ":" + f.column() + ":";
        String level = f.level().id() + "[" + f.ruleId() + "]";
        if (style.colour()) {
            where = BOLD + where + RESET;
            level = colour(f) + BOLD + level + RESET;
        }
        return where + " " + level + ": " + f.message();
    }

    /** The ANSI colour of a finding's level: red, yellow, cyan. */
    private static String colour(Finding f) {
        return switch (f.level()) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case NOTE -> "\u001b[36m";
        };
    }

    private void writeFinding(Finding f, SourceLines sources, PrintWriter out) {
        out.println(header(f));
        String number = Integer.toString(f.line());
        String pad = " ".repeat(number.length() + 3);
        String gutter = pad + "|";
        Optional<String> source = sources.line(f.path(), f.line());
        if (source.isPresent()) {
            out.println("  " + number + " | " + source.get());
            String marker = marker(source.get(), f);
            out.println(gutter + " " + (style.colour() ? colour(f) + marker + RESET : marker));
        }
        if (f.help() != null && !f.help().isBlank()) {
            out.println(pad + "= help: " + f.help());
        }
        for (Evidence e : f.evidence()) {
            out.println(pad + "= evidence: " + evidence(e));
        }
    }

    /** {@code ^~~~} under the finding's span on its first line; the indent keeps the source's tabs. */
    static String marker(String line, Finding f) {
        int start = Math.min(Math.max(f.column() - 1, 0), line.length());
        int end = f.endLine() == f.line() ? f.endColumn() - 1 : line.length();
        end = Math.min(Math.max(end, start + 1), Math.max(line.length(), start + 1));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < start; i++) {
            sb.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        sb.append('^');
        for (int i = start + 1; i < end; i++) {
            sb.append('~');
        }
        return sb.toString();
    }

    static String evidence(Evidence e) {
        StringBuilder sb = new StringBuilder();
        if (e.release() != null) {
            sb.append(e.release()).append(": ");
        }
        if (e.path() != null) {
            sb.append(e.path());
            if (e.line() > 0) {
                sb.append(':').append(e.line());
            }
            sb.append(": ");
        }
        sb.append(e.text() == null ? "" : e.text().strip());
        return sb.toString();
    }
}
