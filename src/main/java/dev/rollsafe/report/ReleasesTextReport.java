package dev.rollsafe.report;

import dev.rollsafe.release.timeline.ObjectTimeline;
import dev.rollsafe.release.timeline.Timeline;
import dev.rollsafe.release.timeline.TimelineMigration;
import dev.rollsafe.release.timeline.TimelineRelease;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The release timeline as text: one line per release ({@code v1.1.0  1a2b3c4  2 migrations: V4__x, V5__y}),
 * then a table {@code object | added | last referenced | dropped} of the given objects.
 */
public final class ReleasesTextReport {
    private static final String NONE = "-";

    /** @param objects the rows to show (the reviewer's view, or every object) */
    public void write(Timeline timeline, List<ObjectTimeline> objects, PrintWriter out) {
        if (timeline.releases().isEmpty()) {
            out.println("no releases");
            out.flush();
            return;
        }
        int tagWidth = 0;
        for (TimelineRelease r : timeline.releases()) {
            tagWidth = Math.max(tagWidth, r.tag().length());
        }
        for (TimelineRelease r : timeline.releases()) {
            String commit = r.unreleased() ? "(unreleased)" : r.shortCommit();
            out.println(pad(r.tag(), tagWidth) + "  " + commit + "  " + migrations(r.migrations()));
        }
        out.println();
        if (objects.isEmpty()) {
            out.println("no table or column was dropped or stopped being referenced");
        } else {
            table(objects, out);
        }
        out.flush();
    }

    private static String migrations(List<TimelineMigration> ms) {
        if (ms.isEmpty()) {
            return "no migrations";
        }
        List<String> labels = new ArrayList<>();
        ms.forEach(m -> labels.add(m.label()));
        return ms.size() + (ms.size() == 1 ? " migration: " : " migrations: ") + String.join(", ", labels);
    }

    private static void table(List<ObjectTimeline> objects, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"object", "added", "last referenced", "dropped"});
        for (ObjectTimeline o : objects) {
            rows.add(new String[] {o.display(), or(o.added()), or(o.lastReferenced()), or(o.dropped())});
        }
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : " | ").append(i == row.length - 1 ? row[i] : pad(row[i], width[i]));
            }
            out.println(line);
        }
    }

    private static String or(String tag) {
        return tag == null ? NONE : tag;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
