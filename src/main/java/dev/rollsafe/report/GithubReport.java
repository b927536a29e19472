package dev.rollsafe.report;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Findings as GitHub Actions workflow commands, which the runner turns into annotations on the pull request's
 * lines:
 * <pre>
 * ::error file=db/V2__drop.sql,line=3,endLine=3,col=1,endColumn=36,title=rollsafe drop-column-breaks-readers::message%0Ahelp: ...
 * </pre>
 * {@code error}, {@code warning} or {@code notice} after the level. {@code file} is relative to the repository
 * root (the nearest folder above the working directory that holds {@code .git}), as the runner expects even when
 * rollsafe runs in a subfolder. Columns are 1-based UTF-16 columns and {@code endColumn} is the last character's
 * column (inclusive). The message carries the help and the evidence on further lines. Escaping is GitHub's:
 * {@code %}, CR and LF in the message become {@code %25 %0D %0A}; property values also escape {@code :} and
 * {@code ,} ({@code %3A %2C}). GitHub shows only ten annotations of each kind per step, so a plain closing line
 * gives the counts of all of them.
 */
public final class GithubReport implements Report {

    /** GitHub shows at most this many annotations of each level per step. */
    static final int SHOWN_PER_LEVEL = 10;

    private final Path workingDirectory;

    public GithubReport(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        Path root = root(cwd);
        int[] perLevel = new int[Level.values().length];
        for (Finding f : result.findings()) {
            perLevel[f.level().ordinal()]++;
            out.println(command(f, repositoryPath(root, cwd, f.path())));
        }
        StringBuilder summary = new StringBuilder("rollsafe: ").append(Counts.summary(result));
        for (Level level : new Level[] {Level.ERROR, Level.WARNING, Level.NOTE}) {
            if (perLevel[level.ordinal()] > SHOWN_PER_LEVEL) {
                summary.append(" (GitHub annotates only the first ").append(SHOWN_PER_LEVEL).append(' ')
                        .append(kind(level)).append("s of a step; all are listed above)");
                break;
            }
        }
        out.println(summary);
        out.flush();
    }

    /** One workflow command. */
    static String command(Finding f, String file) {
        int line = Math.max(f.line(), 1);
        int endLine = Math.max(f.endLine(), line);
        int col = Math.max(f.column(), 1);
        int endColumn = Math.max(f.endColumn() - 1, 1); // the last character, not the one after it
        if (endLine == line) {
            endColumn = Math.max(endColumn, col);
        }
        StringBuilder message = new StringBuilder(f.message());
        if (f.help() != null && !f.help().isBlank()) {
            message.append("\nhelp: ").append(f.help());
        }
        for (Evidence e : f.evidence()) {
            message.append("\nevidence: ").append(TextReport.evidence(e));
        }
        return "::" + kind(f.level())
                + " file=" + property(file)
                + ",line=" + line
                + ",endLine=" + endLine
                + ",col=" + col
                + ",endColumn=" + endColumn
                + ",title=" + property("rollsafe " + f.level().id() + "[" + f.ruleId() + "]")
                + "::" + data(message.toString());
    }

    static String kind(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** A message, escaped as the runner un-escapes it. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: a message's escapes plus {@code :} and {@code ,}, which end a value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** A finding's path (relative to the working directory) relative to the repository root when inside it. */
    static String repositoryPath(Path root, Path cwd, String path) {
        Path p;
        try {
            p = cwd.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return path;
        }
        return p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : path;
    }

    /** The nearest folder at or above {@code cwd} that holds {@code .git}; {@code cwd} itself when there is none. */
    static Path root(Path cwd) {
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return cwd;
    }
}
