package dev.rollsafe.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a CHECK expression as a list of ANDed conditions, normalised for comparison. */
final class NotNullCheck {

    private NotNullCheck() {
    }

    /**
     * The top-level AND-ed conditions of a CHECK expression, each in lower case, without quotes, with
     * single spaces and without enclosing parentheses: {@code ("Email" IS  NOT NULL)} gives
     * {@code [email is not null]}.
     */
    static List<String> conjuncts(String expression) {
        String s = expression.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "")
                .replaceAll("\\s+", " ").strip();
        if (s.startsWith("check") && s.substring(5).strip().startsWith("(")) {
            s = s.substring(5).strip();
        }
        s = unwrap(s);
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && s.startsWith(" and ", i)) {
                out.add(unwrap(s.substring(start, i)));
                start = i + 5;
                i += 4;
            }
        }
        out.add(unwrap(s.substring(start)));
        return out;
    }

    /** Removes parentheses that enclose the whole text, repeatedly, and the spaces inside them. */
    private static String unwrap(String text) {
        String s = text.strip();
        while (s.startsWith("(") && closingOf(s) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static int closingOf(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
