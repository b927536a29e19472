package dev.rollsafe.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and renames column references in index key parts and CHECK expressions, which the parser
 * keeps as text. A key part is either a plain column ({@code email}, {@code email(10)},
 * {@code email desc}) or an expression ({@code lower(email)}); in an expression every identifier outside
 * string literals counts as a reference (unquoted ones folded to lower case, as {@link Name#ident} does).
 */
final class ColumnRefs {

    private static final Pattern PLAIN =
            Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_$]*)(\\s*\\(\\s*\\d+\\s*\\))?(\\s+(?i:asc|desc))?");

    private ColumnRefs() {
    }

    /** One identifier in an expression: its text range and normalised name. */
    private record Token(int start, int end, String ident, char quote) {
    }

    /** The column a key part names when it is a plain column, else null (an expression). */
    static String plainColumn(String part) {
        String s = part.strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '`')) {
            int close = s.indexOf(s.charAt(0), 1);
            return close == s.length() - 1 ? Name.ident(s) : null;
        }
        Matcher m = PLAIN.matcher(s);
        return m.matches() ? m.group(1) : null;
    }

    /** True when the key part or expression refers to {@code column}. */
    static boolean mentions(String partOrExpression, String column) {
        if (partOrExpression == null) {
            return false;
        }
        String plain = plainColumn(partOrExpression);
        if (plain != null) {
            return plain.equals(column);
        }
        for (Token t : tokens(partOrExpression)) {
            if (t.ident.equals(column)) {
                return true;
            }
        }
        return false;
    }

    /** The key part or expression with references to {@code from} renamed to {@code to}. */
    static String rename(String partOrExpression, String from, String to) {
        if (partOrExpression == null) {
            return null;
        }
        String s = partOrExpression.strip();
        String plain = plainColumn(s);
        if (plain != null) {
            if (!plain.equals(from)) {
                return partOrExpression;
            }
            if (s.charAt(0) == '"' || s.charAt(0) == '`') {
                return to;
            }
            return to + s.substring(plain.length());
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Token t : tokens(partOrExpression)) {
            if (t.ident.equals(from)) {
                out.append(partOrExpression, at, t.start).append(render(to, t.quote));
                at = t.end;
            }
        }
        if (at == 0) {
            return partOrExpression;
        }
        return out.append(partOrExpression.substring(at)).toString();
    }

    /** Names a column in an expression: bare when it needs no quotes, else in the quotes the old one used. */
    private static String render(String name, char quote) {
        if (name.matches("[a-z_][a-z0-9_$]*")) {
            return name;
        }
        char q = quote == '`' ? '`' : '"';
        return q + name.replace(String.valueOf(q), String.valueOf(q) + q) + q;
    }

    private static List<Token> tokens(String expr) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = expr.length();
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '\'') {
                i = skipQuoted(expr, i, '\'');
            } else if (c == '"' || c == '`') {
                int end = skipQuoted(expr, i, c);
                out.add(new Token(i, end, Name.ident(expr.substring(i, end)), c));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(expr.charAt(end)) || expr.charAt(end) == '_'
                        || expr.charAt(end) == '$')) {
                    end++;
                }
                out.add(new Token(i, end, Name.ident(expr.substring(i, end)), (char) 0));
                i = end;
            } else if (Character.isDigit(c) || c == '$') {
                i++;
                while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '.')) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /** The index just past the quoted run that starts at {@code start} (a doubled quote escapes itself). */
    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
