package dev.rollsafe.release.history;

import dev.rollsafe.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the release-history caches live (the engine's cache folder: {@code $ROLLSAFE_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/rollsafe}, else {@code ~/.cache/rollsafe}) and how they are written: to a temporary
 * name, then moved into place atomically. A null folder means no disk cache.
 */
final class HistoryCacheFiles {
    /** Writes the bytes of one cache file. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private HistoryCacheFiles() {
    }

    /** The user's cache folder, or null when there is none. */
    static Path userDirectory() {
        String explicit = System.getenv("ROLLSAFE_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "rollsafe");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "rollsafe");
    }

    /** rollsafe's build: a cache written by another build is never read. */
    static String build() {
        return Version.current() + "+" + Version.build();
    }

    /** The file {@code prefix-<hash of key>.bin} in {@code dir}. */
    static Path file(Path dir, String prefix, String key) {
        return dir.resolve(prefix + "-" + sha256(key).substring(0, 24) + ".bin");
    }

    /** Writes {@code target} atomically; failures are ignored (a cache is only a speed-up). */
    static void writeAtomically(Path target, Writer writer) {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk must not fail the check
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
