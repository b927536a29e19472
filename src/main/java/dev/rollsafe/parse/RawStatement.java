package dev.rollsafe.parse;

import dev.rollsafe.model.Comment;
import dev.rollsafe.model.Span;
import java.util.List;

/**
 * One statement as the splitter cut it out of a file.
 *
 * @param text     the source text, from the first token to the last, without the delimiter
 * @param sql      the same text, same length, cleaned for parsing: comments blanked to spaces (line breaks
 *                 kept), MySQL executable-comment markers blanked so their content counts as SQL, and
 *                 non-SQL placeholders ({@code ${x}}, {@code {{ .x }}}, {@code $%X%$}) replaced by an
 *                 identifier of the same length
 * @param span     where {@code text} is in the file
 * @param comments comments before the statement (since the previous one) and inside it, in order
 * @param problem  a lexical problem (unterminated quote or comment), else null
 */
public record RawStatement(String text, String sql, Span span, List<Comment> comments, String problem) {
    public RawStatement {
        comments = List.copyOf(comments);
    }
}
