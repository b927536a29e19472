package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;

/**
 * A file a layout put into a set, before it is read.
 *
 * @param path          the file
 * @param identity      the framework's identity of the migration
 * @param deploy        false for down, undo, revert and verify files
 * @param dialect       the dialect the layout's naming gives this file, or null
 * @param transactional the transaction mode the layout's metadata gives this file, or null for the default
 * @param note          why the file is listed but not linted (an sqlite3 file), or null
 */
record Planned(Path path, String identity, boolean deploy, Dialect dialect, Boolean transactional, String note) {
    static Planned of(Path path, String identity, boolean deploy) {
        return new Planned(path, identity, deploy, null, null, null);
    }
}
