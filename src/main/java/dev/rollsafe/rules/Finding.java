package dev.rollsafe.rules;

import java.util.List;

/**
 * One problem found. {@code path} is relative to the current directory with {@code /} separators;
 * the position is the statement's (1-based lines, UTF-16 columns, {@code endColumn} after the last
 * character).
 */
public record Finding(String ruleId, Level level, String path, int line, int column, int endLine, int endColumn,
                      String message, String help, List<Evidence> evidence) {
    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
