package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * The migrations of one database, in the order the framework applies them: one migration folder (or
 * one dialect's share of it), replayed into one schema.
 *
 * @param root    the folder the set was found in (or the file given)
 * @param layout  the detected (or configured) layout
 * @param dialect the dialect: configured, from the layout's naming, from the folder name, or sniffed
 * @param files   every file of the set in apply order (deploy files and down/undo files alike)
 */
public record MigrationSet(Path root, Layout layout, Dialect dialect, List<MigrationFile> files) {
    public MigrationSet {
        files = List.copyOf(files);
    }
}
