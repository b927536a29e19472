package dev.rollsafe.release.refs.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small tokenizer for the languages ORM mappings are written in. Comments are dropped, so a name that only
 * occurs in a comment is no reference; string literals become one token holding their content. It never
 * throws: an unterminated comment or string ends at the end of the text (a string also at its line's end).
 */
final class Lexer {

    /** The language: it decides comment markers and string forms. */
    enum Flavor { JAVA, KOTLIN, GO, PYTHON, RUST, PRISMA }

    private final String s;
    private final Flavor flavor;
    private final List<Token> out = new ArrayList<>();
    private int i;
    private int line = 1;
    private int lineBegin;
    private int lastTokenLine;

    private Lexer(String text, Flavor flavor) {
        this.s = text;
        this.flavor = flavor;
    }

    static List<Token> tokens(String text, Flavor flavor) {
        Lexer lx = new Lexer(text == null ? "" : text, flavor);
        lx.run();
        return lx.out;
    }

    private void run() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                newline(i + 1);
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (lineComment()) {
                skipToLineEnd();
            } else if (c == '/' && peek(1) == '*' && flavor != Flavor.PYTHON) {
                blockComment();
            } else {
                token(c);
            }
        }
    }

    private boolean lineComment() {
        char c = s.charAt(i);
        if (flavor == Flavor.PYTHON) {
            return c == '#';
        }
        return c == '/' && peek(1) == '/';
    }

    private void token(char c) {
        int startLine = line;
        int col = i - lineBegin;
        if (c == '"' || c == '\'' || c == '`' || stringPrefix() > 0) {
            String str = string();
            if (str != null) {
                add(Token.Kind.STRING, str, startLine, col);
                return;
            }
        }
        if (Character.isJavaIdentifierStart(c)) {
            int b = i;
            while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
                i++;
            }
            add(Token.Kind.IDENT, s.substring(b, i), startLine, col);
        } else if (Character.isDigit(c)) {
            int b = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                    || (s.charAt(i) == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))))) {
                i++;
            }
            add(Token.Kind.NUMBER, s.substring(b, i), startLine, col);
        } else if ((c == '-' && peek(1) == '>') || (c == ':' && peek(1) == ':')) {
            i += 2;
            add(Token.Kind.PUNCT, s.substring(i - 2, i), startLine, col);
        } else {
            i++;
            add(Token.Kind.PUNCT, String.valueOf(c), startLine, col);
        }
    }

    /** Length of a string prefix before a quote here (Python r/b/u/f, Rust r/b/r#), else 0. */
    private int stringPrefix() {
        if (flavor != Flavor.PYTHON && flavor != Flavor.RUST) {
            return 0;
        }
        if (i > 0 && Character.isJavaIdentifierPart(s.charAt(i - 1))) {
            return 0;
        }
        int j = i;
        while (j < s.length() && j - i < 2 && "rRbBuUfF".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j == i || j >= s.length()) {
            return 0;
        }
        char q = s.charAt(j);
        boolean rustHash = flavor == Flavor.RUST && q == '#' && s.substring(i, j).toLowerCase(Locale.ROOT).contains("r");
        return q == '"' || (q == '\'' && flavor == Flavor.PYTHON) || rustHash ? j - i : 0;
    }

    /** Reads a string literal at i; null (nothing consumed) when the quote starts no string (a Rust lifetime). */
    private String string() {
        int prefix = stringPrefix();
        String pre = s.substring(i, i + prefix).toLowerCase(Locale.ROOT);
        boolean raw = pre.contains("r");
        int j = i + prefix;
        char q = s.charAt(j);
        if (flavor == Flavor.RUST && raw) {
            return rustRaw(j);
        }
        if (q == '`') {
            if (flavor == Flavor.GO) {
                return until(j + 1, "`", false, true);
            }
            if (flavor == Flavor.KOTLIN) {
                return null;
            }
        }
        if (q == '\'' && flavor == Flavor.RUST && !rustChar(j)) {
            return null;
        }
        boolean tripleAllowed = flavor == Flavor.JAVA || flavor == Flavor.KOTLIN
                || flavor == Flavor.PYTHON;
        String triple = String.valueOf(q).repeat(3);
        if (tripleAllowed && s.startsWith(triple, j) && (q == '"' || flavor == Flavor.PYTHON)) {
            boolean escapes = flavor != Flavor.KOTLIN && !raw;
            return until(j + 3, triple, escapes, true);
        }
        return until(j + 1, String.valueOf(q), !raw || flavor == Flavor.PYTHON, false);
    }

    private boolean rustChar(int j) {
        if (peekAt(j + 1) == '\\') {
            return true;
        }
        return peekAt(j + 2) == '\'';
    }

    private String rustRaw(int j) {
        int hashes = 0;
        while (peekAt(j) == '#') {
            hashes++;
            j++;
        }
        if (peekAt(j) != '"') {
            return null;
        }
        return until(j + 1, "\"" + "#".repeat(hashes), false, true);
    }

    /** Content from b to the closing text; consumes through it. */
    private String until(int b, String close, boolean escapes, boolean multiline) {
        StringBuilder sb = new StringBuilder();
        int j = b;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (s.startsWith(close, j)) {
                j += close.length();
                break;
            }
            if (c == '\n') {
                if (!multiline) {
                    break;
                }
                newline(j + 1);
            }
            if (escapes && c == '\\' && j + 1 < s.length()) {
                char n = s.charAt(++j);
                if (n == '\n') {
                    newline(j + 1);
                }
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
                j++;
                continue;
            }
            sb.append(c);
            j++;
        }
        i = j;
        return sb.toString();
    }

    private void blockComment() {
        boolean nests = flavor == Flavor.KOTLIN || flavor == Flavor.RUST;
        int depth = 0;
        while (i < s.length()) {
            if (s.startsWith("/*", i)) {
                depth = nests ? depth + 1 : 1;
                i += 2;
            } else if (s.startsWith("*/", i)) {
                i += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                if (s.charAt(i) == '\n') {
                    newline(i + 1);
                }
                i++;
            }
        }
    }

    private void skipToLineEnd() {
        while (i < s.length() && s.charAt(i) != '\n') {
            i++;
        }
    }

    private void newline(int begin) {
        line++;
        lineBegin = begin;
    }

    private void add(Token.Kind kind, String text, int tokLine, int col) {
        out.add(new Token(kind, text, tokLine, col, tokLine != lastTokenLine));
        lastTokenLine = line;
    }

    private char peek(int ahead) {
        return peekAt(i + ahead);
    }

    private char peekAt(int at) {
        return at < s.length() ? s.charAt(at) : '\0';
    }
}
