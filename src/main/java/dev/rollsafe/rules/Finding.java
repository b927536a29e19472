package dev.rollsafe.rules;

import java.util.List;

/**
 * One problem found. {@code path} is relative to the current directory with {@code /} separators;
 * the position is the statement's (1-based lines, UTF-16 columns, {@code endColumn} after the last
 * character). {@code fix} is the rule's mechanical repair, or null when it has none.
 */
public record Finding(String ruleId, Level level, String path, int line, int column, int endLine, int endColumn,
                      String message, String help, List<Evidence> evidence, Fix fix) {
    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A finding without a fix. */
    public Finding(String ruleId, Level level, String path, int line, int column, int endLine, int endColumn,
                   String message, String help, List<Evidence> evidence) {
        this(ruleId, level, path, line, column, endLine, endColumn, message, help, evidence, null);
    }
}
