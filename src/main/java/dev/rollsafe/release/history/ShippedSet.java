package dev.rollsafe.release.history;

import java.util.List;

/**
 * One migration set of a tree, as {@link dev.rollsafe.source.MigrationFinder} found it.
 *
 * @param root       the set's folder, from the repository root, with '/' ("." for the root)
 * @param layout     the layout id
 * @param dialect    the dialect id
 * @param migrations the migrations in the framework's apply order
 */
public record ShippedSet(String root, String layout, String dialect, List<ShippedMigration> migrations) {
    public ShippedSet {
        migrations = List.copyOf(migrations);
    }
}
