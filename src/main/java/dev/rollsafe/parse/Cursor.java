package dev.rollsafe.parse;

import dev.rollsafe.model.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A position in a list of {@link Lexeme}s with the small reading steps the fallback recognizer needs. */
final class Cursor {

    private final String sql;
    private final List<Lexeme> lexemes;
    private final int end;
    private int pos;

    Cursor(String sql, List<Lexeme> lexemes) {
        this(sql, lexemes, 0, lexemes.size());
    }

    Cursor(String sql, List<Lexeme> lexemes, int from, int to) {
        this.sql = sql;
        this.lexemes = lexemes;
        this.pos = from;
        this.end = to;
    }

    String sql() {
        return sql;
    }

    int pos() {
        return pos;
    }

    void seek(int p) {
        pos = p;
    }

    int end() {
        return end;
    }

    boolean atEnd() {
        return pos >= end;
    }

    Lexeme peek() {
        return peek(0);
    }

    Lexeme peek(int ahead) {
        int p = pos + ahead;
        return p < end ? lexemes.get(p) : null;
    }

    Lexeme get(int index) {
        return lexemes.get(index);
    }

    Lexeme next() {
        return pos < end ? lexemes.get(pos++) : null;
    }

    /** True when the next lexemes are exactly these unquoted keywords; does not move. */
    boolean at(String... words) {
        for (int k = 0; k < words.length; k++) {
            Lexeme l = peek(k);
            if (l == null || !l.is(words[k])) {
                return false;
            }
        }
        return true;
    }

    boolean atSymbol(String symbol) {
        Lexeme l = peek();
        return l != null && l.isSymbol(symbol);
    }

    /** Moves past the keywords when they are next, and says whether it did. */
    boolean accept(String... words) {
        if (at(words)) {
            pos += words.length;
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Reads a possibly qualified name (a.b.c); null when no name is next. */
    Name name() {
        String raw = rawName();
        return raw == null ? null : Name.parse(raw);
    }

    /** The raw text of a possibly qualified name, or null. */
    String rawName() {
        Lexeme l = peek();
        if (l == null || !nameLike(l)) {
            return null;
        }
        int start = l.start();
        int stop = l.end();
        pos++;
        while (atSymbol(".") && peek(1) != null && nameLike(peek(1))) {
            stop = peek(1).end();
            pos += 2;
        }
        return sql.substring(start, stop);
    }

    private static boolean nameLike(Lexeme l) {
        return (l.isName() || (l.kind() == Lexeme.Kind.STRING && l.text().startsWith("\"")) || l.isSymbol("*"))
                && !emptyQuoted(l);
    }

    /** {@code ""} or {@code ``}: no identifier (both servers reject a zero-length name). */
    private static boolean emptyQuoted(Lexeme l) {
        return l.text().length() == 2 && (l.text().equals("\"\"") || l.text().equals("``"));
    }

    /** Reads one identifier (normalised), or null. */
    String ident() {
        Lexeme l = peek();
        if (l == null || !(l.isName() || (l.kind() == Lexeme.Kind.STRING && l.text().startsWith("\"")))
                || emptyQuoted(l)) {
            return null;
        }
        pos++;
        return identOf(l);
    }

    static String identOf(Lexeme l) {
        if (l.kind() == Lexeme.Kind.STRING && l.text().startsWith("\"")) {
            return l.text().substring(1, l.text().length() - 1);
        }
        return Name.ident(l.text());
    }

    /** Index of the lexeme closing the parenthesis that opens at {@code open}; end when unbalanced. */
    int closing(int open) {
        int depth = 0;
        for (int p = open; p < end; p++) {
            Lexeme l = lexemes.get(p);
            if (l.isSymbol("(")) {
                depth++;
            } else if (l.isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return p;
                }
            }
        }
        return end;
    }

    /** When a parenthesis opens here, moves past its closing one; returns the inner range [from, to). */
    int[] skipParens() {
        if (!atSymbol("(")) {
            return null;
        }
        int open = pos;
        int close = closing(open);
        pos = Math.min(end, close + 1);
        return new int[] {open + 1, close};
    }

    /** Splits [from, to) on commas at parenthesis depth zero into ranges. */
    List<int[]> splitCommas(int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int p = from; p < to; p++) {
            Lexeme l = lexemes.get(p);
            if (l.isSymbol("(") || l.isSymbol("[")) {
                depth++;
            } else if (l.isSymbol(")") || l.isSymbol("]")) {
                depth--;
            } else if (l.isSymbol(",") && depth == 0) {
                parts.add(new int[] {start, p});
                start = p + 1;
            }
        }
        if (start < to) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }

    /** A cursor over lexemes [from, to) of the same statement. */
    Cursor sub(int from, int to) {
        return new Cursor(sql, lexemes, from, to);
    }

    Cursor rest() {
        return sub(pos, end);
    }

    /** Source text from lexeme {@code from} to lexeme {@code to} (exclusive), or null when empty. */
    String text(int from, int to) {
        if (from >= to || from >= lexemes.size()) {
            return null;
        }
        return sql.substring(lexemes.get(from).start(), lexemes.get(Math.min(to, lexemes.size()) - 1).end());
    }

    /** The remaining text, or null. */
    String restText() {
        return text(pos, end);
    }

    /** Index of the first unquoted keyword {@code word} at depth zero in [pos, end), or -1. */
    int find(String word) {
        int depth = 0;
        for (int p = pos; p < end; p++) {
            Lexeme l = lexemes.get(p);
            if (l.isSymbol("(")) {
                depth++;
            } else if (l.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && l.is(word)) {
                return p;
            }
        }
        return -1;
    }

    /** True when some unquoted word anywhere in [pos, end) is {@code word}. */
    boolean contains(String word) {
        for (int p = pos; p < end; p++) {
            if (lexemes.get(p).is(word)) {
                return true;
            }
        }
        return false;
    }

    /** The next up to {@code n} words, lower case, joined with spaces (for verbs). */
    String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            Lexeme l = peek(k);
            if (l == null || l.kind() != Lexeme.Kind.WORD) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(l.text().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
