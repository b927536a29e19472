package dev.rollsafe.model;

/**
 * A range of a source file. Offsets are char indexes into the file's text ({@code end} exclusive);
 * lines and columns are 1-based, columns count UTF-16 code units, and {@code endColumn} is the column
 * just after the last character (as SARIF's region does).
 */
public record Span(int start, int end, int line, int column, int endLine, int endColumn) implements java.io.Serializable {
    public Span {
        if (start < 0 || end < start || line < 1 || column < 1 || endLine < line) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " at " + line + ":" + column);
        }
    }
}
