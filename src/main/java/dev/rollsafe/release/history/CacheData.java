package dev.rollsafe.release.history;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Strings in the history caches' binary files: a length (-1 for null) and UTF-8 bytes, any length. */
final class CacheData {
    /** Larger than any string a cache writes: a bigger length means a corrupt file. */
    private static final int MAX = 256 << 20;

    private CacheData() {
    }

    static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > MAX) {
            throw new IOException("corrupt cache: string of " + n + " bytes");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A count read from a file, checked against {@code max} so a corrupt file cannot ask for huge arrays. */
    static int count(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("corrupt cache: count " + n);
        }
        return n;
    }
}
