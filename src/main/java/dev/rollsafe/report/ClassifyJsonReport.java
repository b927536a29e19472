package dev.rollsafe.report;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.ClassifiedStatement;
import java.io.PrintWriter;

/**
 * Every statement with its class, as JSON:
 * {@code {"statements": [{"path", "line", "column", "class", "summary", "deploy"}], "messages": [...]}}.
 * Fields may be added, never renamed.
 */
public final class ClassifyJsonReport implements Report {

    @Override
    public void write(CheckResult result, PrintWriter out) {
        Json.print(out, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("statements");
            for (ClassifiedStatement s : result.statements()) {
                g.writeStartObject();
                g.writeStringField("path", s.path());
                g.writeNumberField("line", s.line());
                g.writeNumberField("column", s.column());
                g.writeStringField("class", s.statementClass().id());
                g.writeStringField("summary", s.summary());
                g.writeBooleanField("deploy", s.deploy());
                g.writeEndObject();
            }
            g.writeEndArray();
            Json.strings(g, "messages", result.messages());
            g.writeEndObject();
        });
    }
}
