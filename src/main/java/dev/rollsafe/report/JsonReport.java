package dev.rollsafe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.parse.LineIndex;
import dev.rollsafe.rules.Fix;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;


/**
 * The check result as JSON for programs. The shape is a contract: fields may be added, never renamed.
 * <pre>
 * {"tool": {"name": "rollsafe", "version": "..."},
 *  "findings": [{"ruleId", "level", "path", "line", "column", "endLine", "endColumn", "message", "help",
 *                "evidence": [{"release", "path", "line", "text"}],
 *                "fix"?: {"note"?, "edits": [{"startOffset", "endOffset", "startLine", "startColumn",
 *                                             "endLine", "endColumn", "replacement"}]}}],
 *  "files": [{"path", "layout", "dialect"?, "statements", "unparsed", "problem"?}],
 *  "messages": ["..."]}
 * </pre>
 * A finding carries {@code fix} when its rule offers a repair ({@code check --fix} applies the same edits).
 * {@code edits} go in all together or not at all; empty means there is no safe mechanical repair and
 * {@code note} says why. Offsets are char (UTF-16 code unit) offsets into the file's text after a byte order
 * mark, {@code endOffset} exclusive (equal offsets insert); the lines and columns are the same two points,
 * 1-based, columns in UTF-16 code units (omitted when the file cannot be read or no longer matches). Applying
 * every edit of a fix from the last to the first gives the text {@code --fix} writes for that finding.
 */
public final class JsonReport implements Report {

    private final String version;
    private final Path workingDirectory;

    /** A report whose fix positions are read from files relative to {@code workingDirectory}. */
    public JsonReport(String version, Path workingDirectory) {
        this.version = version;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        Json.print(out, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "rollsafe");
            g.writeStringField("version", version);
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            Map<String, Optional<LineIndex>> texts = new HashMap<>();
            for (Finding f : result.findings()) {
                finding(f, g, texts.computeIfAbsent(f.path(), this::index));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("files");
            for (FileReport f : result.files()) {
                file(f, g);
            }
            g.writeEndArray();
            Json.strings(g, "messages", result.messages());
            g.writeEndObject();
        });
    }

    private static void finding(Finding f, JsonGenerator g, Optional<LineIndex> text) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("level", f.level().id());
        g.writeStringField("path", f.path());
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeNumberField("endLine", f.endLine());
        g.writeNumberField("endColumn", f.endColumn());
        g.writeStringField("message", f.message());
        g.writeStringField("help", f.help());
        g.writeArrayFieldStart("evidence");
        for (Evidence e : f.evidence()) {
            g.writeStartObject();
            g.writeStringField("release", e.release());
            g.writeStringField("path", e.path());
            g.writeNumberField("line", e.line());
            g.writeStringField("text", e.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (f.fix() != null) {
            fix(f.fix(), g, text);
        }
        g.writeEndObject();
    }

    private static void fix(Fix fix, JsonGenerator g, Optional<LineIndex> text) throws IOException {
        g.writeObjectFieldStart("fix");
        Json.fieldIfPresent(g, "note", fix.note());
        g.writeArrayFieldStart("edits");
        for (Fix.Edit e : fix.edits()) {
            g.writeStartObject();
            g.writeNumberField("startOffset", e.start());
            g.writeNumberField("endOffset", e.end());
            if (text.isPresent() && e.end() <= text.get().length()) {
                LineIndex lines = text.get();
                g.writeNumberField("startLine", lines.line(e.start()));
                g.writeNumberField("startColumn", lines.column(e.start()));
                g.writeNumberField("endLine", lines.line(e.end()));
                g.writeNumberField("endColumn", lines.column(e.end()));
            }
            g.writeStringField("replacement", e.replacement());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The line index of a finding's file (its text after a byte order mark), or empty when it cannot be read. */
    private Optional<LineIndex> index(String path) {
        try {
            Path file = workingDirectory.resolve(path);
            if (!Files.isRegularFile(file)) {
                return Optional.empty(); // never open a FIFO or device: it could block
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Optional.of(new LineIndex(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static void file(FileReport f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("layout", f.layout());
        Json.fieldIfPresent(g, "dialect", f.dialect());
        g.writeNumberField("statements", f.statements());
        g.writeNumberField("unparsed", f.unparsed());
        Json.fieldIfPresent(g, "problem", f.problem());
        g.writeEndObject();
    }
}
