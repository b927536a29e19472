package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of a migration set, read and cut into segments.
 *
 * @param path        the file on disk
 * @param displayPath the path relative to the current directory, with '/' (what reports print)
 * @param layout      the layout of the set it belongs to
 * @param identity    the framework's identity of the migration (Flyway version, file name, popx version,
 *                    sqitch change name); stable when the folder moves
 * @param deploy      false when the whole file is a down, undo or revert script
 * @param dialect     the dialect the file is written for when the layout says so (popx suffix,
 *                    {@code .sql.postgres}), else null
 * @param text        the decoded text, or null when unreadable
 * @param problem     why the file could not be read (one line, without the path), or null;
 *                    also used for a note on a file that is deliberately not linted (e.g. an sqlite3 file)
 * @param segments    the parts of the file, in file order; empty when unreadable
 */
public record MigrationFile(Path path, String displayPath, Layout layout, String identity, boolean deploy,
                            Dialect dialect, String text, String problem, List<Segment> segments) {
    public MigrationFile {
        segments = List.copyOf(segments);
    }

    public boolean readable() {
        return text != null;
    }
}
