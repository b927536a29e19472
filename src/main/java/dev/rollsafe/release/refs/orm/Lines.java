package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;

import java.util.ArrayList;
import java.util.List;

/** The lines of one file, to give each reference the trimmed text of its line. */
final class Lines {
    private static final int MAX_TEXT = 200;

    private final String path;
    private final String finder;
    private final List<String> lines = new ArrayList<>();

    Lines(String path, String text, String finder) {
        this.path = path;
        this.finder = finder;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
    }

    /** The 1-based line, trimmed and cut to 200 characters; empty past the end. */
    String text(int line) {
        if (line < 1 || line > lines.size()) {
            return "";
        }
        String s = lines.get(line - 1).strip();
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    /** A reference at this line; null table or a blank name gives null (the caller skips it). */
    Reference ref(String table, String column, Usage usage, int line, Confidence confidence) {
        if (table == null || table.isBlank() || (column != null && column.isBlank())) {
            return null;
        }
        return new Reference(table, column, usage, path, line, text(line), confidence, finder);
    }
}
