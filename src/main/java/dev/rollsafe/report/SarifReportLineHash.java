package dev.rollsafe.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code partialFingerprints.primaryLocationLineHash} as GitHub code scanning computes it when it uploads
 * SARIF, so that the value rollsafe writes is the one GitHub would have written itself.
 * <p>
 * Each line's hash covers a window of {@value #WINDOW} characters (UTF-16 code units) starting at the line's
 * first character, running on into the following lines: spaces and tabs are skipped, CR and CRLF count as one
 * LF, the end of the file is one character {@code 0xFFFF}, and past it the window is filled with {@code 0}.
 * The hash of the window {@code c[0..99]} is {@code sum c[i] * 37^(99-i)} modulo 2^64, written in lower-case
 * hex without leading zeros, then {@code :n} where n counts how often that hash has occurred so far in the
 * file, line by line. No line number goes into it, so an alert keeps its identity when lines move.
 * Every line gets a hash, including the (possibly empty) line after a final line break.
 */
final class SarifReportLineHash {

    static final int WINDOW = 100;
    private static final long MULTIPLIER = 37;
    private static final char END_OF_FILE = '\uFFFF';

    private SarifReportLineHash() {
    }

    /** The hash of every line of {@code text}, the first at index 0. */
    static List<String> of(String text) {
        Hasher h = new Hasher();
        boolean previousCr = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || (previousCr && c == '\n')) {
                previousCr = false;
                continue;
            }
            previousCr = c == '\r';
            h.next(previousCr ? '\n' : c);
        }
        h.next(END_OF_FILE);
        h.flush();
        return h.hashes;
    }

    /** The rolling state: the last {@value #WINDOW} characters and which of them start a line. */
    private static final class Hasher {
        private final char[] window = new char[WINDOW];
        private final int[] lineAt = new int[WINDOW]; // the line a window slot starts, else 0
        private final long dropFactor = power(MULTIPLIER, WINDOW);
        private final Map<Long, Integer> seen = new HashMap<>();
        private final List<String> hashes = new ArrayList<>();
        private long hash;
        private int slot;
        private int lines;
        private boolean atLineStart = true;

        void next(char c) {
            emitIfFull();
            if (atLineStart) {
                atLineStart = false;
                lines++;
                lineAt[slot] = lines;
            }
            atLineStart = c == '\n';
            roll(c);
        }

        /** Pads with zeros until every line started in the window has its hash. */
        void flush() {
            for (int i = 0; i < WINDOW; i++) {
                emitIfFull();
                roll((char) 0);
            }
        }

        /** The slot about to be overwritten holds the start of a line: the window is exactly that line's. */
        private void emitIfFull() {
            if (lineAt[slot] != 0) {
                int n = seen.merge(hash, 1, Integer::sum);
                hashes.add(Long.toUnsignedString(hash, 16) + ":" + n);
                lineAt[slot] = 0;
            }
        }

        private void roll(char c) {
            hash = hash * MULTIPLIER + c - dropFactor * window[slot];
            window[slot] = c;
            slot = (slot + 1) % WINDOW;
        }
    }

    private static long power(long base, int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= base;
        }
        return p;
    }
}
