package dev.rollsafe.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The code references of the releases in the deploy window and of the working tree, looked up by table
 * and column. Table and column names are compared as {@link dev.rollsafe.model.Name} normalises them.
 */
public final class ReferenceIndex {
    private static final String TABLE = "";
    private final Map<String, Map<String, List<ReleaseReference>>> byTable = new HashMap<>();
    private final List<String> releases;

    public ReferenceIndex(List<String> releases) {
        this.releases = List.copyOf(releases);
    }

    public static ReferenceIndex empty() {
        return new ReferenceIndex(List.of());
    }

    public void add(String release, List<Reference> references) {
        for (Reference r : references) {
            byTable.computeIfAbsent(r.table(), t -> new HashMap<>())
                    .computeIfAbsent(r.column() == null ? TABLE : r.column(), c -> new ArrayList<>())
                    .add(new ReleaseReference(release, r));
        }
    }

    /** The releases searched, oldest first, then {@code HEAD} when the working tree was searched. */
    public List<String> releases() {
        return releases;
    }

    /** Every reference to the table: to the table itself and to any of its columns. */
    public List<ReleaseReference> toTable(String table) {
        List<ReleaseReference> out = new ArrayList<>();
        Map<String, List<ReleaseReference>> m = byTable.get(table);
        if (m != null) {
            m.values().forEach(out::addAll);
        }
        return out;
    }

    /** The references to one column of a table. */
    public List<ReleaseReference> toColumn(String table, String column) {
        Map<String, List<ReleaseReference>> m = byTable.get(table);
        if (m == null) {
            return List.of();
        }
        List<ReleaseReference> out = m.get(column);
        return out == null ? List.of() : List.copyOf(out);
    }

    /** The references that write whole rows of the table: INSERTs and ORM mappings (which insert every mapped column). */
    public List<ReleaseReference> inserts(String table) {
        List<ReleaseReference> out = new ArrayList<>();
        for (ReleaseReference r : toTable(table)) {
            Reference.Usage u = r.reference().usage();
            if (u == Reference.Usage.INSERT || u == Reference.Usage.MAPPED) {
                out.add(r);
            }
        }
        return out;
    }
}
