package dev.rollsafe.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
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
    private final Json json = new Json();

    public JsonReport(String version) {
        this.version = version;
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        ObjectNode root = json.object();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "rollsafe");
        tool.put("version", version);
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> finding(f, findings.addObject()));
        ArrayNode files = root.putArray("files");
        result.files().forEach(f -> file(f, files.addObject()));
        root.set("messages", json.strings(result.messages()));
        json.print(root, out);
    }

    private static void finding(Finding f, ObjectNode node) {
        node.put("ruleId", f.ruleId());
        node.put("level", f.level().id());
        node.put("path", f.path());
        node.put("line", f.line());
        node.put("column", f.column());
        node.put("endLine", f.endLine());
        node.put("endColumn", f.endColumn());
        node.put("message", f.message());
        node.put("help", f.help());
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : f.evidence()) {
            ObjectNode item = evidence.addObject();
            item.put("release", e.release());
            item.put("path", e.path());
            item.put("line", e.line());
            item.put("text", e.text());
        }
    }

    private static void file(FileReport f, ObjectNode node) {
        node.put("path", f.path());
        node.put("layout", f.layout());
        Json.putIfPresent(node, "dialect", f.dialect());
        node.put("statements", f.statements());
        node.put("unparsed", f.unparsed());
        Json.putIfPresent(node, "problem", f.problem());
    }
}
