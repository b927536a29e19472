package dev.rollsafe.release.refs.sql;

/** Java string literals: {@code "..."} and text blocks {@code """..."""}; comments and char literals skipped. */
final class JavaStrings extends LiteralScanner {

    JavaStrings(String src) {
        super(src);
    }

    @Override
    protected boolean token() {
        char c = src.charAt(pos);
        if (c == '/' && charAt(pos + 1) == '/') {
            skipLine();
        } else if (c == '/' && charAt(pos + 1) == '*') {
            skipBlock("/*", "*/", false);
        } else if (c == '\'') {
            return charLiteral();
        } else if (at("\"\"\"")) {
            int body = pos + 3;
            while (body < n && src.charAt(body) != '\n') {
                body++; // a text block's content starts on the next line
            }
            literal(pos, body + 1, "\"\"\"", Backslash.DECODE, true, Holes.NONE);
        } else if (c == '"') {
            literal(pos, pos + 1, "\"", Backslash.DECODE, false, Holes.NONE);
        } else {
            return false;
        }
        return true;
    }
}
