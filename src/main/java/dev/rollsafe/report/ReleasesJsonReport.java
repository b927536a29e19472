package dev.rollsafe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rollsafe.release.timeline.ObjectTimeline;
import dev.rollsafe.release.timeline.Timeline;
import dev.rollsafe.release.timeline.TimelineMigration;
import dev.rollsafe.release.timeline.TimelineRelease;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The release timeline as JSON:
 * {@code {"releases": [{"tag", "commit", "migrations": [{"identity", "path"}]}],
 * "objects": [{"table", "column", "added", "lastReferenced", "dropped"}], "messages": [...]}}.
 * Absent values are null ({@code column} is null for a table). Fields may be added, never renamed.
 */
public final class ReleasesJsonReport {

    /** @param objects the objects to list (the reviewer's view, or every object) */
    public void write(Timeline timeline, List<ObjectTimeline> objects, PrintWriter out) {
        Json.print(out, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("releases");
            for (TimelineRelease r : timeline.releases()) {
                g.writeStartObject();
                g.writeStringField("tag", r.tag());
                nullable(g, "commit", r.commit());
                g.writeArrayFieldStart("migrations");
                for (TimelineMigration m : r.migrations()) {
                    g.writeStartObject();
                    g.writeStringField("identity", m.identity());
                    g.writeStringField("path", m.path());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("objects");
            for (ObjectTimeline o : objects) {
                g.writeStartObject();
                g.writeStringField("table", o.table());
                nullable(g, "column", o.column());
                nullable(g, "added", o.added());
                nullable(g, "lastReferenced", o.lastReferenced());
                nullable(g, "dropped", o.dropped());
                g.writeEndObject();
            }
            g.writeEndArray();
            Json.strings(g, "messages", timeline.notes());
            g.writeEndObject();
        });
    }

    private static void nullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
