package dev.rollsafe.source;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text with their offsets; the directive parsers work line by line. */
final class TextLines {
    private TextLines() {
    }

    /**
     * One line.
     *
     * @param start offset of its first character
     * @param end   offset of its line break (or the end of the text)
     * @param next  offset of the next line's first character
     * @param text  the line without its line break
     */
    record Line(int start, int end, int next, String text) {
    }

    static List<Line> of(String text) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int e = i;
            while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
                e++;
            }
            int next = e;
            if (next < n && text.charAt(next) == '\r') {
                next++;
            }
            if (next < n && text.charAt(next) == '\n') {
                next++;
            }
            out.add(new Line(i, e, next, text.substring(i, e)));
            i = next;
        }
        return out;
    }

    static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
