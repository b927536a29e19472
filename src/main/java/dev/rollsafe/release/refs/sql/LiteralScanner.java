package dev.rollsafe.release.refs.sql;

import dev.rollsafe.parse.QueryReferences;
import java.util.ArrayList;
import java.util.List;

/**
 * The common part of the per-language string lexers: a loop over the text that lets the language consume
 * a comment, a literal or anything that could look like one (a character literal), plus helpers to read a
 * literal's body. Linear in the length of the text; never throws on malformed input (an unterminated
 * literal yields nothing).
 */
abstract class LiteralScanner {

    /** How a backslash inside a literal's body behaves. */
    enum Backslash {
        /** Escapes: decoded ({@code \n} becomes a line break, {@code \"} a quote). */
        DECODE,
        /** Raw, but it still keeps the next character from closing the literal (Python r-strings). */
        KEEP,
        /** An ordinary character (Go backquote strings, Rust raw strings). */
        PLAIN
    }

    /** Which interpolations a literal's body has. */
    enum Holes { NONE, DOLLAR_BRACE, KOTLIN, HASH_BRACE, PYTHON_FIELDS }

    protected final String src;
    protected final int n;
    protected int pos;
    private final List<Literal> out = new ArrayList<>();

    LiteralScanner(String src) {
        this.src = src;
        this.n = src.length();
    }

    /** The literals, in order. */
    final List<Literal> scan() {
        while (pos < n) {
            if (!token()) {
                pos++;
            }
        }
        return out;
    }

    /** At {@code pos}: consumes a comment, literal or look-alike and returns true, or returns false. */
    protected abstract boolean token();

    // ---- helpers for subclasses

    /** Records a literal the subclass read itself (a heredoc). */
    protected final void add(String text, int start, int end) {
        out.add(new Literal(text, start, end));
    }

    /** True when the character before {@code i} belongs to a word (so a letter at {@code i} is no prefix). */
    protected final boolean wordBefore(int i) {
        return i > 0 && (Character.isLetterOrDigit(src.charAt(i - 1)) || src.charAt(i - 1) == '_');
    }

    protected final boolean at(String s) {
        return src.startsWith(s, pos);
    }

    protected final char charAt(int i) {
        return i < n ? src.charAt(i) : 0;
    }

    protected final void skipLine() {
        while (pos < n && src.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** Skips a block comment from {@code pos} (at its opener), nested when the language nests them. */
    protected final void skipBlock(String open, String close, boolean nested) {
        int depth = 0;
        int i = pos;
        while (i < n) {
            if (src.startsWith(close, i)) {
                i += close.length();
                if (--depth <= 0) {
                    pos = i;
                    return;
                }
            } else if (src.startsWith(open, i) && (nested || depth == 0)) {
                depth++;
                i += open.length();
            } else {
                i++;
            }
        }
        pos = n;
    }

    /**
     * Reads a literal whose body starts at {@code body} and ends before {@code close}; records it from
     * {@code start} and moves {@code pos} past it. A single-line literal that meets a line break, or any
     * literal that meets the end of the text, is dropped and scanning goes on after its opener.
     */
    protected final void literal(int start, int body, String close, Backslash backslash, boolean multiline,
                                 Holes holes) {
        StringBuilder b = new StringBuilder();
        int i = body;
        while (i < n) {
            if (src.startsWith(close, i)) {
                out.add(new Literal(b.toString(), start, i + close.length()));
                pos = i + close.length();
                return;
            }
            char c = src.charAt(i);
            if (c == '\n' && !multiline) {
                break;
            }
            if (c == '\\' && backslash != Backslash.PLAIN && i + 1 < n) {
                char e = src.charAt(i + 1);
                if (backslash == Backslash.KEEP) {
                    b.append(c).append(e);
                } else {
                    unescape(e, b);
                }
                i += 2;
                continue;
            }
            int hole = hole(i, holes, b);
            if (hole > i) {
                i = hole;
                continue;
            }
            b.append(c);
            i++;
        }
        pos = body; // unterminated: not a literal
    }

    /** Past an interpolation at {@code i} (appending its placeholder), or {@code i} when there is none. */
    private int hole(int i, Holes holes, StringBuilder b) {
        char c = src.charAt(i);
        char d = charAt(i + 1);
        switch (holes) {
            case DOLLAR_BRACE:
            case KOTLIN:
                if (c == '$' && d == '{') {
                    b.append(QueryReferences.PLACEHOLDER);
                    return closeBrace(i + 2);
                }
                if (holes == Holes.KOTLIN && c == '$' && (Character.isLetter(d) || d == '_')) {
                    int j = i + 1;
                    while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) {
                        j++;
                    }
                    b.append(QueryReferences.PLACEHOLDER);
                    return j;
                }
                return i;
            case HASH_BRACE:
                if (c == '#' && d == '{') {
                    b.append(QueryReferences.PLACEHOLDER);
                    return closeBrace(i + 2);
                }
                return i;
            case PYTHON_FIELDS:
                if ((c == '{' && d == '{') || (c == '}' && d == '}')) {
                    b.append(c);
                    return i + 2;
                }
                if (c == '{') {
                    b.append(QueryReferences.PLACEHOLDER);
                    return closeBrace(i + 1);
                }
                return i;
            default:
                return i;
        }
    }

    /** Past the brace that closes an interpolation whose expression starts at {@code i}. */
    private int closeBrace(int i) {
        int depth = 1;
        int j = i;
        while (j < n) {
            char c = src.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j + 1;
            } else if (c == '\n' && j - i > 2_000) {
                return j;
            }
            j++;
        }
        return n;
    }

    private static void unescape(char e, StringBuilder b) {
        switch (e) {
            case 'n': b.append('\n'); break;
            case 't': b.append('\t'); break;
            case 'r': b.append('\r'); break;
            case 's': b.append(' '); break;
            case '\n': break; // a line continuation
            default: b.append(e);
        }
    }

    /** Skips a character literal ('x', '\n', '\u0041') when one starts at {@code pos}; false otherwise. */
    protected final boolean charLiteral() {
        if (charAt(pos + 1) == '\\') {
            int i = pos + 3; // the escaped character itself may be a quote
            while (i < n && i < pos + 12 && src.charAt(i) != '\'' && src.charAt(i) != '\n') {
                i++;
            }
            if (charAt(i) == '\'') {
                pos = i + 1;
                return true;
            }
            return false;
        }
        if (charAt(pos + 2) == '\'') {
            pos += 3;
            return true;
        }
        if (Character.isHighSurrogate(charAt(pos + 1)) && charAt(pos + 3) == '\'') {
            pos += 4;
            return true;
        }
        return false;
    }
}
