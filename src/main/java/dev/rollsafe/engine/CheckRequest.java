package dev.rollsafe.engine;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a check needs, gathered by a thin shell (CLI or Maven goal).
 *
 * @param workingDirectory the directory paths are resolved against and reported relative to
 * @param paths            files or folders to check; empty means "find migrations under workingDirectory"
 * @param dialect          overrides the configured and detected dialect, or null
 * @param dbVersion        the target server version ("15", "8.0.32", "10.11"), or null
 * @param all              lint migrations that already shipped too
 * @param configFile       an explicit rollsafe.yaml, or null to look for one at the repository root
 * @param useCache         whether the per-file parse cache may be read and written
 * @param window           how many releases before the one being deployed may still serve traffic, or null
 *                         for rollsafe.yaml's {@code window:} (default 1)
 * @param changedSince     a git branch, tag or commit: lint only the migrations added or changed since the merge
 *                         base of it and HEAD (the others are still read, for the schema they build), or null
 * @param fileContext      whether a file given on its own comes with the other migrations of its set, read from
 *                         disk and replayed before it (the schema it runs against) but not reported on; false
 *                         checks each given file as a set of one (the rule fixtures, which stand alone)
 */
public record CheckRequest(Path workingDirectory, List<Path> paths, Dialect dialect, String dbVersion,
                           boolean all, Path configFile, boolean useCache, Integer window, String changedSince,
                           boolean fileContext) {
    public CheckRequest {
        paths = List.copyOf(paths);
        if (window != null && window < 0) {
            throw new IllegalArgumentException("window must be 0 or more: " + window);
        }
    }

    /** A request that lints every migration the release history calls new (no git diff), files in context. */
    public CheckRequest(Path workingDirectory, List<Path> paths, Dialect dialect, String dbVersion, boolean all,
                        Path configFile, boolean useCache, Integer window) {
        this(workingDirectory, paths, dialect, dbVersion, all, configFile, useCache, window, null, true);
    }

    /** A request linting only what changed since {@code changedSince} (null: no limit), files in context. */
    public CheckRequest(Path workingDirectory, List<Path> paths, Dialect dialect, String dbVersion, boolean all,
                        Path configFile, boolean useCache, Integer window, String changedSince) {
        this(workingDirectory, paths, dialect, dbVersion, all, configFile, useCache, window, changedSince, true);
    }

    /** A request with {@code fileContext} given (no git diff). */
    public CheckRequest(Path workingDirectory, List<Path> paths, Dialect dialect, String dbVersion, boolean all,
                        Path configFile, boolean useCache, Integer window, boolean fileContext) {
        this(workingDirectory, paths, dialect, dbVersion, all, configFile, useCache, window, null, fileContext);
    }

    /** This request, linting only what changed since the merge base of {@code ref} and HEAD (null: no limit). */
    public CheckRequest withChangedSince(String ref) {
        return new CheckRequest(workingDirectory, paths, dialect, dbVersion, all, configFile, useCache, window, ref,
                fileContext);
    }

    /** The same request with {@code fileContext} set. */
    public CheckRequest withFileContext(boolean context) {
        return new CheckRequest(workingDirectory, paths, dialect, dbVersion, all, configFile, useCache, window,
                changedSince, context);
    }

    /** A request with the configured deploy window. */
    public CheckRequest(Path workingDirectory, List<Path> paths, Dialect dialect, String dbVersion, boolean all,
                        Path configFile, boolean useCache) {
        this(workingDirectory, paths, dialect, dbVersion, all, configFile, useCache, null);
    }
}
