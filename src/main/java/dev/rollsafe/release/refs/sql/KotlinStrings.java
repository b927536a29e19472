package dev.rollsafe.release.refs.sql;

/**
 * Kotlin string literals: {@code "..."} and raw {@code """..."""}; templates ({@code $name},
 * {@code ${expr}}) become placeholders; comments (nested) and char literals are skipped.
 */
final class KotlinStrings extends LiteralScanner {

    KotlinStrings(String src) {
        super(src);
    }

    @Override
    protected boolean token() {
        char c = src.charAt(pos);
        if (c == '/' && charAt(pos + 1) == '/') {
            skipLine();
        } else if (c == '/' && charAt(pos + 1) == '*') {
            skipBlock("/*", "*/", true);
        } else if (c == '\'') {
            return charLiteral();
        } else if (at("\"\"\"")) {
            literal(pos, pos + 3, "\"\"\"", Backslash.PLAIN, true, Holes.KOTLIN);
        } else if (c == '"') {
            literal(pos, pos + 1, "\"", Backslash.DECODE, false, Holes.KOTLIN);
        } else {
            return false;
        }
        return true;
    }
}
