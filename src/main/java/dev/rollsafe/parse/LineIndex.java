package dev.rollsafe.parse;

import dev.rollsafe.model.Span;
import java.util.Arrays;

/**
 * Maps char offsets of a text to 1-based lines and columns. Lines end at LF, CRLF or a lone CR;
 * columns count UTF-16 code units, which is what a Java char offset already is.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    public LineIndex(CharSequence text) {
        int n = text.length();
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = n;
    }

    /** 1-based line of the char at {@code offset} (an offset equal to the text length is on the last line). */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column (UTF-16 units) of the char at {@code offset}. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The length of the text this index was made of. */
    public int length() {
        return length;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The span of {@code [start, end)}; its end column is the column just after the last character. */
    public Span span(int start, int end) {
        int line = line(start);
        int col = start - lineStarts[line - 1] + 1;
        if (end <= start) {
            return new Span(start, start, line, col, line, col);
        }
        int last = Math.min(end, length) - 1;
        int endLine = line(last);
        int endCol = last - lineStarts[endLine - 1] + 2;
        return new Span(start, end, line, col, endLine, endCol);
    }
}
