package dev.rollsafe.release.timeline;

import java.util.Comparator;

/** A table (column null) or a column, ordered by table, then the table before its columns, then column. */
record ObjectKey(String table, String column) implements Comparable<ObjectKey> {
    private static final Comparator<ObjectKey> ORDER = Comparator.comparing(ObjectKey::table)
            .thenComparing(ObjectKey::column, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Override
    public int compareTo(ObjectKey o) {
        return ORDER.compare(this, o);
    }
}
