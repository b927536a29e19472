package dev.rollsafe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import java.io.IOException;
import java.io.PrintWriter;


/**
 * The check result as JSON for programs. The shape is a contract: fields may be added, never renamed.
 * <pre>
 * {"tool": {"name": "rollsafe", "version": "..."},
 *  "findings": [{"ruleId", "level", "path", "line", "column", "endLine", "endColumn", "message", "help",
 *                "evidence": [{"release", "path", "line", "text"}]}],
 *  "files": [{"path", "layout", "dialect"?, "statements", "unparsed", "problem"?}],
 *  "messages": ["..."]}
 * </pre>
 */
public final class JsonReport implements Report {

    private final String version;

    public JsonReport(String version) {
        this.version = version;
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
            for (Finding f : result.findings()) {
                finding(f, g);
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

    private static void finding(Finding f, JsonGenerator g) throws IOException {
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
        g.writeEndObject();
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
