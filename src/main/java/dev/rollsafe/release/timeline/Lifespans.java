package dev.rollsafe.release.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives, from the schema of each step in order, when each table and column was added and dropped, and
 * keeps the newest step whose code referenced it. Fed one step at a time, oldest first.
 */
final class Lifespans {
    private final Map<ObjectKey, String[]> spans = new TreeMap<>(); // added, dropped
    private final Map<ObjectKey, String> lastReferenced = new java.util.HashMap<>();

    /** The schema of the next step, named {@code tag}. */
    void schema(String tag, SchemaShape shape) {
        for (ObjectKey k : shape.objects()) {
            String[] span = spans.get(k);
            if (span == null || span[1] != null) {
                // new, or created again after a drop: the latest life is the one a reviewer reads
                spans.put(k, new String[] {tag, null});
            }
        }
        for (Map.Entry<ObjectKey, String[]> e : spans.entrySet()) {
            String[] span = e.getValue();
            if (span[1] == null && !shape.has(e.getKey().table(), e.getKey().column())) {
                span[1] = tag;
            }
        }
    }

    /**
     * The code of step {@code tag} referenced these objects (a column reference also counts for its table).
     * Called newest step first: an object keeps the first (newest) step that names it.
     */
    void referenced(String tag, Iterable<ObjectKey> objects) {
        for (ObjectKey k : objects) {
            lastReferenced.putIfAbsent(k, tag);
            if (k.column() != null) {
                lastReferenced.putIfAbsent(new ObjectKey(k.table(), null), tag);
            }
        }
    }

    /** Every table and column any step's schema had, tables before their columns. */
    List<ObjectTimeline> objects() {
        List<ObjectTimeline> out = new ArrayList<>();
        spans.forEach((k, span) -> out.add(new ObjectTimeline(k.table(), k.column(), span[0],
                lastReferenced.get(k), span[1])));
        return out;
    }
}
