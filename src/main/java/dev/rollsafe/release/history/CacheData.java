package dev.rollsafe.release.history;

import dev.rollsafe.CacheFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Strings in the history caches' binary files: a length (-1 for null) and UTF-8 bytes, any length. */
final class CacheData {
    private CacheData() {
    }

    static void str(DataOutputStream out, String s) throws IOException {
        CacheFiles.writeString(out, s);
    }

    static String str(DataInputStream in) throws IOException {
        return CacheFiles.readString(in);
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
