package dev.rollsafe.parse.python;

/**
 * A Python token. {@code value} is the decoded text of a string, else the token's text.
 *
 * @param indent for the first token of a logical line, its column (tabs count as 8), else -1
 */
record PyToken(Kind kind, String value, int start, int end, int indent) {
    enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, END }

    boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && value.equals(op);
    }
}
