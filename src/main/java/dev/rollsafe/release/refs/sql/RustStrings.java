package dev.rollsafe.release.refs.sql;

/**
 * Rust string literals: {@code "..."} (which may span lines), byte strings, and raw strings
 * {@code r"..."}, {@code r#"..."#}; nested block comments, char literals and lifetimes are skipped.
 */
final class RustStrings extends LiteralScanner {

    RustStrings(String src) {
        super(src);
    }

    @Override
    protected boolean token() {
        char c = src.charAt(pos);
        if (c == '/' && charAt(pos + 1) == '/') {
            skipLine();
            return true;
        }
        if (c == '/' && charAt(pos + 1) == '*') {
            skipBlock("/*", "*/", true);
            return true;
        }
        if (c == '\'') {
            if (!charLiteral()) {
                pos++; // a lifetime ('a): not a literal
            }
            return true;
        }
        boolean wordBefore = pos > 0 && (Character.isLetterOrDigit(src.charAt(pos - 1)) || src.charAt(pos - 1) == '_');
        int p = pos;
        if (!wordBefore && c == 'b' && (charAt(p + 1) == 'r' || charAt(p + 1) == '"')) {
            p++;
        }
        if (!wordBefore && charAt(p) == 'r' && (charAt(p + 1) == '#' || charAt(p + 1) == '"')) {
            int hashes = 0;
            int q = p + 1;
            while (charAt(q) == '#') {
                hashes++;
                q++;
            }
            if (charAt(q) == '"') {
                literal(pos, q + 1, "\"" + "#".repeat(hashes), Backslash.PLAIN, true, Holes.NONE);
                return true;
            }
            return false;
        }
        if (charAt(p) == '"' && (p == pos || !wordBefore)) {
            literal(pos, p + 1, "\"", Backslash.DECODE, true, Holes.NONE);
            return true;
        }
        return false;
    }
}
