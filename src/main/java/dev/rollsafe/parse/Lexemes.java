package dev.rollsafe.parse;

import dev.rollsafe.model.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one statement into {@link Lexeme}s for the fallback recognizer. Tolerant by design: an unclosed
 * quote runs to the end of the text, unknown characters become symbols. Comments, which the splitter
 * normally blanks already, are skipped. Linear in the length of the text.
 */
final class Lexemes {

    private Lexemes() {
    }

    static List<Lexeme> scan(String sql, Dialect dialect) {
        return scan(sql, 0, sql.length(), dialect, Integer.MAX_VALUE);
    }

    /** Scans {@code sql[from, to)}, stopping after {@code max} lexemes. */
    static List<Lexeme> scan(String sql, int from, int to, Dialect dialect, int max) {
        boolean mysql = dialect.isMySqlFamily();
        List<Lexeme> out = new ArrayList<>();
        int i = from;
        while (i < to && out.size() < max) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < to && sql.charAt(i + 1) == '-') {
                i = lineEnd(sql, i, to);
            } else if (c == '#' && mysql) {
                i = lineEnd(sql, i, to);
            } else if (c == '/' && i + 1 < to && sql.charAt(i + 1) == '*') {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 || e + 2 > to ? to : e + 2;
            } else if (c == '\'') {
                int e = quoted(sql, i, to, '\'', mysql);
                out.add(new Lexeme(Lexeme.Kind.STRING, sql.substring(i, e), i, e));
                i = e;
            } else if ((c == 'E' || c == 'e' || c == 'N' || c == 'n' || c == 'B' || c == 'b' || c == 'X' || c == 'x')
                    && i + 1 < to && sql.charAt(i + 1) == '\'') {
                boolean esc = mysql || c == 'E' || c == 'e';
                int e = quoted(sql, i + 1, to, '\'', esc);
                out.add(new Lexeme(Lexeme.Kind.STRING, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '"') {
                int e = quoted(sql, i, to, '"', false);
                Lexeme.Kind k = mysql ? Lexeme.Kind.STRING : Lexeme.Kind.QUOTED;
                out.add(new Lexeme(k, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '`') {
                int e = quoted(sql, i, to, '`', false);
                out.add(new Lexeme(Lexeme.Kind.QUOTED, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '$' && !mysql && dollarTag(sql, i, to) > 0) {
                int tagEnd = dollarTag(sql, i, to);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                int e = close < 0 || close + tag.length() > to ? to : close + tag.length();
                out.add(new Lexeme(Lexeme.Kind.STRING, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '$' && i + 1 < to && Character.isDigit(sql.charAt(i + 1))) {
                int e = i + 1;
                while (e < to && Character.isDigit(sql.charAt(e))) {
                    e++;
                }
                out.add(new Lexeme(Lexeme.Kind.PARAM, sql.substring(i, e), i, e));
                i = e;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < to && Character.isDigit(sql.charAt(i + 1)))) {
                int e = i + 1;
                while (e < to && (Character.isLetterOrDigit(sql.charAt(e)) || sql.charAt(e) == '.')) {
                    e++;
                }
                // 1abc is a MySQL identifier; keep it a word when letters follow the digits
                boolean word = false;
                for (int k = i; k < e; k++) {
                    char d = sql.charAt(k);
                    if (Character.isLetter(d) && d != 'e' && d != 'E' || d == '_') {
                        word = true;
                    }
                }
                while (word && e < to && isWordChar(sql.charAt(e), mysql)) {
                    e++;
                }
                out.add(new Lexeme(word ? Lexeme.Kind.WORD : Lexeme.Kind.NUMBER, sql.substring(i, e), i, e));
                i = e;
            } else if (isWordStart(c)) {
                int e = i + 1;
                while (e < to && isWordChar(sql.charAt(e), mysql)) {
                    e++;
                }
                out.add(new Lexeme(Lexeme.Kind.WORD, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '@' && mysql) {
                int e = i + 1;
                while (e < to && (isWordChar(sql.charAt(e), true) || sql.charAt(e) == '@' || sql.charAt(e) == '.')) {
                    e++;
                }
                out.add(new Lexeme(Lexeme.Kind.WORD, sql.substring(i, e), i, e));
                i = e;
            } else {
                int e = i + 1;
                if (i + 1 < to) {
                    String two = sql.substring(i, i + 2);
                    if (two.equals("::") || two.equals(":=") || two.equals("<=") || two.equals(">=")
                            || two.equals("<>") || two.equals("!=") || two.equals("||") || two.equals("=>")) {
                        e = i + 2;
                    }
                }
                out.add(new Lexeme(Lexeme.Kind.SYMBOL, sql.substring(i, e), i, e));
                i = e;
            }
        }
        return out;
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isWordChar(char c, boolean mysql) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int lineEnd(String sql, int i, int to) {
        int e = sql.indexOf('\n', i);
        return e < 0 || e > to ? to : e + 1;
    }

    /** End (exclusive) of a quoted run starting at {@code i}; doubled quotes and optionally backslashes escape. */
    private static int quoted(String sql, int i, int to, char quote, boolean backslash) {
        int k = i + 1;
        while (k < to) {
            char d = sql.charAt(k);
            if (backslash && d == '\\') {
                k += 2;
                continue;
            }
            if (d == quote) {
                if (k + 1 < to && sql.charAt(k + 1) == quote) {
                    k += 2;
                    continue;
                }
                return k + 1;
            }
            k++;
        }
        return to;
    }

    /** If a dollar-quote tag ($$ or $name$) starts at {@code i}, the index after it, else -1. */
    static int dollarTag(String sql, int i, int to) {
        int k = i + 1;
        while (k < to && (Character.isLetterOrDigit(sql.charAt(k)) || sql.charAt(k) == '_')) {
            if (k == i + 1 && Character.isDigit(sql.charAt(k))) {
                return -1;
            }
            k++;
        }
        return k < to && sql.charAt(k) == '$' ? k + 1 : -1;
    }
}
