package dev.rollsafe.release.refs.sql;

/**
 * TypeScript and JavaScript string literals: {@code '...'}, {@code "..."} and template literals whose
 * {@code ${...}} become placeholders; comments and (by the usual heuristic) regular expression literals
 * are skipped.
 */
final class ScriptStrings extends LiteralScanner {
    /** Characters after which a '/' starts a regular expression rather than a division. */
    private static final String BEFORE_REGEX = "(,=:[!&|?{};+-*%<>~^";

    ScriptStrings(String src) {
        super(src);
    }

    @Override
    protected boolean token() {
        char c = src.charAt(pos);
        if (c == '/' && charAt(pos + 1) == '/') {
            skipLine();
        } else if (c == '/' && charAt(pos + 1) == '*') {
            skipBlock("/*", "*/", false);
        } else if (c == '/') {
            return regex();
        } else if (c == '`') {
            literal(pos, pos + 1, "`", Backslash.DECODE, true, Holes.DOLLAR_BRACE);
        } else if (c == '"' || c == '\'') {
            literal(pos, pos + 1, String.valueOf(c), Backslash.DECODE, false, Holes.NONE);
        } else {
            return false;
        }
        return true;
    }

    /** Skips a regular expression literal at {@code pos}, if the character before makes one possible. */
    private boolean regex() {
        int b = pos - 1;
        while (b >= 0 && (src.charAt(b) == ' ' || src.charAt(b) == '\t')) {
            b--;
        }
        if (b >= 0 && src.charAt(b) != '\n' && BEFORE_REGEX.indexOf(src.charAt(b)) < 0) {
            return false;
        }
        boolean inClass = false;
        for (int i = pos + 1; i < n; i++) {
            char c = src.charAt(i);
            if (c == '\n') {
                return false;
            } else if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                pos = i + 1;
                return true;
            }
        }
        return false;
    }
}
