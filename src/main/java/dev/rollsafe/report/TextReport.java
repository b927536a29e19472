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
 */
public final class TextReport implements Report {

    private final Path workingDirectory;

    public TextReport(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        SourceLines sources = new SourceLines(workingDirectory);
        for (Finding f : result.findings()) {
            writeFinding(f, sources, out);
            out.println();
        }
        out.println(Counts.summary(result));
        out.flush();
    }

    private static void writeFinding(Finding f, SourceLines sources, PrintWriter out) {
        out.println(f.path() + ":" + f.line() + ":" + f.column() + ": " + f.level().id() + "[" + f.ruleId() + "]: "
                + f.message());
        String number = Integer.toString(f.line());
        String pad = " ".repeat(number.length() + 3);
        String gutter = pad + "|";
        Optional<String> source = sources.line(f.path(), f.line());
        if (source.isPresent()) {
            out.println("  " + number + " | " + source.get());
            out.println(gutter + " " + marker(source.get(), f));
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

    private static String evidence(Evidence e) {
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
