package dev.rollsafe.parse;

import java.util.Locale;

/**
 * One lexical unit of a statement as the fallback recognizer sees it: a word (keyword or identifier,
 * quoted or not), a string literal, a number, or a symbol. {@code start}/{@code end} are char offsets
 * into the statement text ({@code end} exclusive).
 */
record Lexeme(Kind kind, String text, int start, int end) {

    enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL, PARAM }

    /** True for an unquoted word equal (ignoring case) to {@code keyword}. */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** A word or a quoted identifier: something that can name an object. */
    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** The value of a string literal without its quotes (PostgreSQL/MySQL single quotes, E'', $tag$). */
    String stringValue() {
        if (kind != Kind.STRING) {
            return text;
        }
        String t = text;
        if (t.startsWith("$")) {
            int tagEnd = t.indexOf('$', 1);
            String tag = t.substring(0, tagEnd + 1);
            return t.substring(tag.length(), Math.max(tag.length(), t.length() - tag.length()));
        }
        int q = t.indexOf('\'');
        if (q < 0) {
            q = t.indexOf('"');
        }
        if (q < 0 || t.length() < q + 2) {
            return t;
        }
        char quote = t.charAt(q);
        String body = t.substring(q + 1, t.length() - 1);
        return body.replace(String.valueOf(quote) + quote, String.valueOf(quote));
    }
}
