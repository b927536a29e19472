package dev.rollsafe.release.refs.sql;

import java.util.Locale;

/**
 * Python string literals: single and triple quoted, with prefixes r, b, u, f (and pairs such as rb, fr);
 * an f-string's {@code {...}} fields become placeholders; {@code #} comments are skipped.
 */
final class PythonStrings extends LiteralScanner {

    PythonStrings(String src) {
        super(src);
    }

    @Override
    protected boolean token() {
        char c = src.charAt(pos);
        if (c == '#') {
            skipLine();
            return true;
        }
        if (wordBefore(pos) && c != '"' && c != '\'') {
            return false;
        }
        int q = pos;
        while (q < pos + 2 && "rRbBuUfF".indexOf(charAt(q)) >= 0) {
            q++;
        }
        char quote = charAt(q);
        if (quote != '"' && quote != '\'') {
            return false;
        }
        String prefix = src.substring(pos, q).toLowerCase(Locale.ROOT);
        Backslash backslash = prefix.contains("r") ? Backslash.KEEP : Backslash.DECODE;
        Holes holes = prefix.contains("f") ? Holes.PYTHON_FIELDS : Holes.NONE;
        String triple = String.valueOf(quote).repeat(3);
        if (src.startsWith(triple, q)) {
            literal(pos, q + 3, triple, backslash, true, holes);
        } else {
            literal(pos, q + 1, String.valueOf(quote), backslash, false, holes);
        }
        return true;
    }
}
