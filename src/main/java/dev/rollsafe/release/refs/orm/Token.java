package dev.rollsafe.release.refs.orm;

/**
 * One token of source code: an identifier or keyword, a string literal (its content, escapes read), a number,
 * or punctuation (one character, or {@code ->} and {@code ::}).
 *
 * @param line 1-based line of the token's first character
 * @param col  0-based column of that character
 * @param lineStart true when no other token precedes it on its line
 */
record Token(Kind kind, String text, int line, int col, boolean lineStart) {

    enum Kind { IDENT, STRING, NUMBER, PUNCT }

    boolean is(String punctOrWord) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrWord);
    }

    boolean isIdent() {
        return kind == Kind.IDENT;
    }

    boolean isString() {
        return kind == Kind.STRING;
    }
}
