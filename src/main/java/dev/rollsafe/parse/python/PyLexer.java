package dev.rollsafe.parse.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Python source into tokens: names, numbers, strings (decoded), operators and the NEWLINE that ends a
 * logical line (none inside brackets or after a backslash). Comments are dropped. The first token of each
 * logical line carries its indentation, which is all the block structure the migration reader needs.
 */
final class PyLexer {
    private static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "...", "!="};
    private static final String[] OPS2 = {"**", "//", "==", "!=", "<=", ">=", "->", ":=", "<<", ">>", "+=", "-=",
        "*=", "/=", "%=", "&=", "|=", "^=", "@="};

    private final String text;
    private int pos;
    private int depth;
    private boolean lineStart = true;
    private final List<PyToken> out = new ArrayList<>();

    private PyLexer(String text) {
        this.text = text;
    }

    static List<PyToken> tokens(String text) throws PySyntaxError {
        PyLexer l = new PyLexer(text);
        l.run();
        return l.out;
    }

    private void run() throws PySyntaxError {
        int indent = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (lineStart && depth == 0) {
                indent = 0;
                int p = pos;
                while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\f')) {
                    indent = text.charAt(p) == '\t' ? (indent / 8 + 1) * 8 : indent + 1;
                    p++;
                }
                pos = p;
                if (pos >= text.length()) {
                    break;
                }
                c = text.charAt(pos);
                if (c == '\n' || c == '\r' || c == '#') {
                    skipLine();
                    continue; // blank and comment-only lines do not count
                }
            }
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\\' && pos + 1 < text.length() && (text.charAt(pos + 1) == '\n' || text.charAt(pos + 1) == '\r')) {
                pos += 2;
                if (pos < text.length() && text.charAt(pos - 1) == '\r' && text.charAt(pos) == '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (depth == 0 && !lineStart) {
                    out.add(new PyToken(PyToken.Kind.NEWLINE, "\n", pos, pos + 1, -1));
                    lineStart = true;
                }
                pos++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                continue;
            }
            int tokenIndent = lineStart && depth == 0 ? indent : -1;
            lineStart = false;
            if (isStringStart()) {
                string(tokenIndent);
            } else if (Character.isLetter(c) || c == '_') {
                int s = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                out.add(new PyToken(PyToken.Kind.NAME, text.substring(s, pos), s, pos, tokenIndent));
            } else if (Character.isDigit(c) || c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
                int s = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                        || text.charAt(pos) == '.'
                        || (text.charAt(pos) == '+' || text.charAt(pos) == '-')
                        && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E') && !text.startsWith("0x", s))) {
                    pos++;
                }
                out.add(new PyToken(PyToken.Kind.NUMBER, text.substring(s, pos), s, pos, tokenIndent));
            } else {
                op(c, tokenIndent);
            }
        }
        if (!lineStart) {
            out.add(new PyToken(PyToken.Kind.NEWLINE, "\n", text.length(), text.length(), -1));
        }
        if (depth > 0) {
            throw new PySyntaxError("a bracket is never closed", text.length());
        }
        out.add(new PyToken(PyToken.Kind.END, "", text.length(), text.length(), 0));
    }

    private void skipLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
        pos++;
    }

    private void op(char c, int tokenIndent) throws PySyntaxError {
        int s = pos;
        String op = null;
        for (String o : OPS3) {
            if (text.startsWith(o, pos)) {
                op = o;
                break;
            }
        }
        if (op == null) {
            for (String o : OPS2) {
                if (text.startsWith(o, pos)) {
                    op = o;
                    break;
                }
            }
        }
        if (op == null) {
            if ("()[]{},:.;@=+-*/%<>&|^~!".indexOf(c) < 0) {
                throw new PySyntaxError("unexpected character '" + c + "'", pos);
            }
            op = String.valueOf(c);
            if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                if (depth == 0) {
                    throw new PySyntaxError("'" + c + "' closes no bracket", pos);
                }
                depth--;
            }
        }
        pos += op.length();
        out.add(new PyToken(PyToken.Kind.OP, op, s, pos, tokenIndent));
    }

    private boolean isStringStart() {
        int p = pos;
        while (p < text.length() && p - pos < 3 && "rRbBuUfF".indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        return p < text.length() && (text.charAt(p) == '\'' || text.charAt(p) == '"');
    }

    private void string(int tokenIndent) throws PySyntaxError {
        int s = pos;
        boolean raw = false;
        while ("rRbBuUfF".indexOf(text.charAt(pos)) >= 0) {
            raw |= text.charAt(pos) == 'r' || text.charAt(pos) == 'R';
            pos++;
        }
        char q = text.charAt(pos);
        boolean triple = text.startsWith(String.valueOf(q).repeat(3), pos);
        String close = triple ? String.valueOf(q).repeat(3) : String.valueOf(q);
        pos += close.length();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new PySyntaxError("a string is never closed", s);
            }
            char c = text.charAt(pos);
            if (text.startsWith(close, pos)) {
                pos += close.length();
                break;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                throw new PySyntaxError("a string is never closed on its line", s);
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char n = text.charAt(pos + 1);
                if (raw) {
                    sb.append(c).append(n);
                    pos += 2;
                    continue;
                }
                pos += 2;
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '0' -> sb.append('\0');
                    case '\\', '\'', '"' -> sb.append(n);
                    case '\n' -> { }
                    case 'x' -> sb.append((char) hex(2));
                    case 'u' -> sb.append((char) hex(4));
                    default -> sb.append('\\').append(n);
                }
                continue;
            }
            sb.append(c);
            pos++;
        }
        out.add(new PyToken(PyToken.Kind.STRING, sb.toString(), s, pos, tokenIndent));
    }

    private int hex(int digits) throws PySyntaxError {
        if (pos + digits > text.length()) {
            throw new PySyntaxError("a string escape is cut short", pos);
        }
        try {
            int v = Integer.parseInt(text.substring(pos, pos + digits), 16);
            pos += digits;
            return v;
        } catch (NumberFormatException e) {
            throw new PySyntaxError("a string escape is not hexadecimal", pos);
        }
    }
}
