package dev.rollsafe.release.refs.sql;

/**
 * A string literal of a source file, or several joined by simple concatenation.
 *
 * @param text  the literal's value: escapes decoded, interpolations ({@code ${x}}, f-string fields,
 *              {@code #{x}}) replaced by {@link dev.rollsafe.parse.QueryReferences#PLACEHOLDER}
 * @param start offset of its first character in the file (the quote, or a prefix such as {@code r} or {@code f})
 * @param end   offset just after its closing quote
 */
record Literal(String text, int start, int end) {
}
