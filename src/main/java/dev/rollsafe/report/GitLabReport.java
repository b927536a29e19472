package dev.rollsafe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.parse.LineIndex;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import dev.rollsafe.source.ConfigLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The check result as a GitLab Code Quality report: a JSON array (UTF-8, no byte order mark) with one issue per
 * finding.
 * <pre>
 * [{"type": "issue", "engine_name": "rollsafe", "check_name": rule id, "description": message and help,
 *   "severity": "critical" | "minor" | "info", "fingerprint": 64 hex digits,
 *   "location": {"path": relative to the repository root, "lines": {"begin": n, "end": n}}}]
 * </pre>
 * Severity: an error (a hazard that can take a site down) is {@code critical}, a warning (style, a risk to
 * weigh) {@code minor}, a note {@code info}. The fingerprint is a SHA-256 of the rule, the path and the flagged
 * statement's text with its white space removed, plus a count that tells identical statements of one file
 * apart: no line number goes into it, so a finding keeps its identity when lines are added above it, and GitLab
 * shows a merge request only the findings it really adds or resolves.
 */
public final class GitLabReport implements Report {

    private final Path workingDirectory;
    private final Path repositoryRoot;

    /** A report for findings whose paths are relative to {@code workingDirectory}, in the git repository above it. */
    public GitLabReport(Path workingDirectory) {
        this(workingDirectory, ConfigLoader.repositoryRoot(workingDirectory));
    }

    GitLabReport(Path workingDirectory, Path repositoryRoot) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        Map<String, Optional<String>> texts = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Json.print(out, g -> {
            g.writeStartArray();
            for (Finding f : result.findings()) {
                Path file = workingDirectory.resolve(f.path()).normalize();
                String path = file.startsWith(repositoryRoot)
                        ? repositoryRoot.relativize(file).toString().replace('\\', '/') : f.path();
                String statement = texts.computeIfAbsent(f.path(), p -> read(file))
                        .flatMap(text -> spanText(text, f)).orElse(f.message());
                String key = f.ruleId() + "\u0000" + path + "\u0000" + statement.replaceAll("\\s+", "");
                int n = occurrences.merge(key, 1, Integer::sum);
                issue(g, f, path, fingerprint(key + "\u0000" + n));
            }
            g.writeEndArray();
        });
    }

    private static void issue(JsonGenerator g, Finding f, String path, String fingerprint) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "issue");
        g.writeStringField("engine_name", "rollsafe");
        g.writeStringField("check_name", f.ruleId());
        g.writeStringField("description", SarifReport.message(f));
        g.writeStringField("severity", severity(f.level()));
        g.writeStringField("fingerprint", fingerprint);
        g.writeObjectFieldStart("location");
        g.writeStringField("path", path);
        g.writeObjectFieldStart("lines");
        g.writeNumberField("begin", Math.max(f.line(), 1));
        g.writeNumberField("end", Math.max(f.endLine(), Math.max(f.line(), 1)));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** GitLab's severity for a level. */
    static String severity(Level level) {
        switch (level) {
            case ERROR: return "critical";
            case WARNING: return "minor";
            default: return "info";
        }
    }

    static String fingerprint(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The finding's span of the file's text, when the file still has it. */
    private static Optional<String> spanText(String text, Finding f) {
        LineIndex lines = new LineIndex(text);
        if (f.line() < 1 || f.endLine() < f.line() || f.endLine() > lines.lineCount()) {
            return Optional.empty();
        }
        int start = lines.lineStart(f.line()) + f.column() - 1;
        int end = lines.lineStart(f.endLine()) + f.endColumn() - 1;
        if (start < 0 || end < start || end > text.length()) {
            return Optional.empty();
        }
        return Optional.of(text.substring(start, end));
    }

    /** The file's text after a byte order mark (the positions count from there), or empty. */
    private static Optional<String> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty(); // never open a FIFO or device: it could block
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }
}
