package dev.rollsafe.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.ClassifiedStatement;
import java.io.PrintWriter;

/**
 * Every statement with its class, as JSON:
 * {@code {"statements": [{"path", "line", "column", "class", "summary", "deploy"}], "messages": [...]}}.
 * Fields may be added, never renamed.
 */
public final class ClassifyJsonReport implements Report {

    private final Json json = new Json();

    @Override
    public void write(CheckResult result, PrintWriter out) {
        ObjectNode root = json.object();
        ArrayNode statements = root.putArray("statements");
        for (ClassifiedStatement s : result.statements()) {
            ObjectNode node = statements.addObject();
            node.put("path", s.path());
            node.put("line", s.line());
            node.put("column", s.column());
            node.put("class", s.statementClass().id());
            node.put("summary", s.summary());
            node.put("deploy", s.deploy());
        }
        root.set("messages", json.strings(result.messages()));
        json.print(root, out);
    }
}
