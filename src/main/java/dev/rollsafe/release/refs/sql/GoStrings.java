package dev.rollsafe.release.refs.sql;

/**
 * Go string literals: interpreted {@code "..."} and raw backquote strings (which span lines: sqlc's
 * generated {@code const q = `...`} queries are these); comments and rune literals are skipped.
 */
final class GoStrings extends LiteralScanner {

    GoStrings(String src) {
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
        } else if (c == '`') {
            literal(pos, pos + 1, "`", Backslash.PLAIN, true, Holes.NONE);
        } else if (c == '"') {
            literal(pos, pos + 1, "\"", Backslash.DECODE, false, Holes.NONE);
        } else {
            return false;
        }
        return true;
    }
}
