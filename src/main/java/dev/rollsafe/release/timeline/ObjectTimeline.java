package dev.rollsafe.release.timeline;

/**
 * The contract timeline of one table or column. Tags are release tags or {@code HEAD}; null when it did not
 * happen. Names are normalised like {@link dev.rollsafe.model.Name} (unqualified).
 *
 * @param table          the table
 * @param column         the column, or null for the table itself
 * @param added          the first release whose schema has it (of its latest life, when it was dropped and
 *                       created again)
 * @param lastReferenced the newest release whose code referenced it (exact or likely), or null
 * @param dropped        the first release after {@code added} whose schema lacks it, or null
 */
public record ObjectTimeline(String table, String column, String added, String lastReferenced, String dropped) {

    /** {@code table} or {@code table.column}. */
    public String display() {
        return column == null ? table : table + "." + column;
    }
}
