package dev.rollsafe.release.timeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables and columns a release's schema has: the union over its migration sets (a project with one
 * folder per database has the same objects in each). Table names are unqualified and normalised.
 */
record SchemaShape(Map<String, Set<String>> columnsByTable) {
    SchemaShape {
        Map<String, Set<String>> copy = new HashMap<>();
        columnsByTable.forEach((t, cs) -> copy.put(t, Set.copyOf(cs)));
        columnsByTable = Map.copyOf(copy);
    }

    static SchemaShape empty() {
        return new SchemaShape(Map.of());
    }

    boolean has(String table, String column) {
        Set<String> cs = columnsByTable.get(table);
        return cs != null && (column == null || cs.contains(column));
    }

    /** Every table (column null) and every column, tables first, each in name order. */
    Set<ObjectKey> objects() {
        Set<ObjectKey> out = new TreeSet<>();
        columnsByTable.forEach((t, cs) -> {
            out.add(new ObjectKey(t, null));
            cs.forEach(c -> out.add(new ObjectKey(t, c)));
        });
        return out;
    }
}
