package dev.rollsafe.release.history;

import dev.rollsafe.CacheFiles;
import dev.rollsafe.Version;
import java.nio.file.Path;


/**
 * Where the release-history caches live (the engine's cache folder: {@code $ROLLSAFE_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/rollsafe}, else {@code ~/.cache/rollsafe}) and how they are written: to a temporary
 * name, then moved into place atomically. A null folder means no disk cache.
 */
final class HistoryCacheFiles {

    private HistoryCacheFiles() {
    }

    /** The user's cache folder, or null when there is none. */
    static Path userDirectory() {
        return CacheFiles.directory();
    }

    /** rollsafe's build: a cache written by another build is never read. */
    static String build() {
        return Version.current() + "+" + Version.build();
    }

    /** The file {@code prefix-<hash of key>.bin} in {@code dir}. */
    static Path file(Path dir, String prefix, String key) {
        return dir.resolve(prefix + "-" + CacheFiles.sha256(key).substring(0, 24) + ".bin");
    }

    /** Writes {@code target} atomically; failures are ignored (a cache is only a speed-up). */
    static void writeAtomically(Path target, CacheFiles.Writer writer) {
        CacheFiles.writeAtomically(target, writer);
    }
}
