package dev.rollsafe.model;

import java.util.List;

/**
 * One SQL statement of a migration, located exactly and understood as far as rollsafe can.
 *
 * @param text      the statement's source text as written (from its first token to its last, without
 *                  the terminating delimiter)
 * @param span      where {@code text} is in the file; {@code span.line()} is the line of the first token
 * @param comments  the comments directly before the statement and inside it, for directives
 * @param changes   what the statement does; empty for a statement that does nothing rollsafe models
 * @param understood false when neither JSqlParser nor the fallback recognizer understood it
 * @param problem   why it was not understood (or a note on a partial understanding), else null
 * @param deploy    false for down, undo and revert parts, which are parsed but are not deploy steps
 */
public record Statement(String text, Span span, List<Comment> comments, List<Change> changes,
                        boolean understood, String problem, boolean deploy) implements java.io.Serializable {
    public Statement {
        comments = List.copyOf(comments);
        changes = List.copyOf(changes);
    }

    /** The statement's class: the most severe of its changes, neutral when it has none, unknown if not understood. */
    public StatementClass statementClass() {
        if (!understood) {
            return StatementClass.UNKNOWN;
        }
        StatementClass c = StatementClass.NEUTRAL;
        for (Change ch : changes) {
            c = c.max(ch.statementClass());
        }
        return c;
    }

    /** A short description of what the statement does, from its changes. */
    public String summary() {
        if (!understood) {
            return "not understood";
        }
        if (changes.isEmpty()) {
            return "no schema change";
        }
        StringBuilder sb = new StringBuilder();
        for (Change ch : changes) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(ch.summary());
        }
        return sb.toString();
    }
}
