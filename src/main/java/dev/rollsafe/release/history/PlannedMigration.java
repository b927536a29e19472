package dev.rollsafe.release.history;

/**
 * A deploy migration of the working tree and what the releases know of it.
 *
 * @param set         the working-tree set's folder, from the repository root
 * @param migration   the migration as the working tree holds it
 * @param status      NEW or SHIPPED
 * @param shippedIn   the tag of the first release that contained its identity, or null when NEW
 * @param shipped     the migration as that release held it (its path and text then), or null when NEW
 * @param edited      true when SHIPPED and its content differs from what that release shipped
 * @param sortsBefore for a NEW migration that the framework orders before an already shipped one of the same
 *                    set: the identity of the first such shipped one; else null
 */
public record PlannedMigration(String set, ShippedMigration migration, Status status, String shippedIn,
                               ShippedMigration shipped, boolean edited, String sortsBefore) {

    /** Whether a release already ran the migration. */
    public enum Status { NEW, SHIPPED }

    /** True for a NEW migration ordered before one that already shipped: it would run out of order. */
    public boolean outOfOrder() {
        return sortsBefore != null;
    }
}
