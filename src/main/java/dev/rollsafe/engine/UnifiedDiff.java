package dev.rollsafe.engine;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines (longest common subsequence), three lines of context, as {@code diff -u}. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Above this many line pairs the whole file is one hunk rather than a quadratic table. */
    private static final long MAX_CELLS = 16_000_000L;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after} with {@code a/path} and {@code b/path} headers; empty when equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        String ops = ops(a, b); // one kind per diff line: ' ' kept, '-' removed, '+' added
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        int n = ops.length();
        int i = 0;
        int[] lineA = new int[n + 1];
        int[] lineB = new int[n + 1];
        for (int k = 0; k < n; k++) {
            char kind = ops.charAt(k);
            lineA[k + 1] = lineA[k] + (kind != '+' ? 1 : 0);
            lineB[k + 1] = lineB[k] + (kind != '-' ? 1 : 0);
        }
        while (i < n) {
            if (ops.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < n) {
                if (ops.charAt(end) != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(n, lastChange + 1 + CONTEXT);
            int countA = lineA[end] - lineA[start];
            int countB = lineB[end] - lineB[start];
            out.append("@@ -").append(range(lineA[start], countA)).append(" +").append(range(lineB[start], countB))
                    .append(" @@\n");
            for (int k = start; k < end; k++) {
                char kind = ops.charAt(k);
                String text = kind == '+' ? b.get(lineB[k]) : a.get(lineA[k]);
                out.append(kind).append(text);
                if (!text.endsWith("\n")) {
                    out.append("\n\\ No newline at end of file\n");
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static String range(int startIndex, int count) {
        int first = count == 0 ? startIndex : startIndex + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    /** The lines with their line ends kept, so a missing final newline shows. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                out.add(text.substring(from, k + 1));
                from = k + 1;
            }
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    private static String ops(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
            suf++;
        }
        List<String> ma = a.subList(pre, a.size() - suf);
        List<String> mb = b.subList(pre, b.size() - suf);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < pre; k++) {
            out.append(' ');
        }
        if ((long) ma.size() * mb.size() > MAX_CELLS) {
            ma.forEach(x -> out.append('-'));
            mb.forEach(x -> out.append('+'));
        } else {
            int[][] lcs = new int[ma.size() + 1][mb.size() + 1];
            for (int x = ma.size() - 1; x >= 0; x--) {
                for (int y = mb.size() - 1; y >= 0; y--) {
                    lcs[x][y] = ma.get(x).equals(mb.get(y)) ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < ma.size() || y < mb.size()) {
                if (x < ma.size() && y < mb.size() && ma.get(x).equals(mb.get(y))) {
                    out.append(' ');
                    x++;
                    y++;
                } else if (x < ma.size() && (y == mb.size() || lcs[x + 1][y] >= lcs[x][y + 1])) {
                    out.append('-');
                    x++;
                } else {
                    out.append('+');
                    y++;
                }
            }
        }
        for (int k = 0; k < suf; k++) {
            out.append(' ');
        }
        return out.toString();
    }
}
