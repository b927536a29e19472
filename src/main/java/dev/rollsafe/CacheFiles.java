package dev.rollsafe;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Where rollsafe's caches live and how they are written: in the user's cache folder
 * ({@code $ROLLSAFE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/rollsafe}, else {@code ~/.cache/rollsafe}),
 * never in the repository; every file is written to a temporary name and moved into place atomically,
 * so concurrent runs see a whole old file or a whole new one.
 */
public final class CacheFiles {

    /** Writes the bytes of one cache file. */
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private CacheFiles() {
    }

    public static Path directory() {
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

    /** Writes {@code target} atomically; failures are ignored (a cache is only a speed-up). */
    public static void writeAtomically(Path target, Writer writer) {
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

    /**
     * A 128-bit hash of a file's text, for cache keys: two independent 64-bit multiply-xorshift lanes over
     * the chars. Not cryptographic (nobody chooses both the cached and the new content of a user's files),
     * but an accidental collision is about 2^-128; SHA-256 over every file cost a tenth of a repeated run
     * on a JVM that runs without the C2 compiler and so without the SHA intrinsics.
     */
    public static String hash128(String s) {
        long a = 0x9E3779B97F4A7C15L ^ s.length();
        long b = 0xC2B2AE3D27D4EB4FL + s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            a = (a ^ c) * 0x100000001B3L;
            a ^= a >>> 29;
            b = (b + c) * 0xFF51AFD7ED558CCDL;
            b ^= b >>> 32;
        }
        a = mix(a);
        b = mix(b ^ a);
        return String.format("%016x%016x", a, b);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    public static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(d.length * 2);
            for (byte b : d) {
                sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Larger than any string a cache writes: a bigger length means a corrupt file. */
    private static final int MAX_STRING = 256 << 20;

    /** Writes a nullable string of any length (DataOutput's writeUTF stops at 64 KB). */
    public static void writeString(java.io.DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reads what {@link #writeString} wrote; a length no cache writes means a corrupt file. */
    public static String readString(java.io.DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("corrupt cache: string of " + n + " bytes");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
