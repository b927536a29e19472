package dev.rollsafe.parse;

import java.util.List;

/** The statements of one segment, and the delimiter in force at its end (MySQL DELIMITER carries over). */
public record SplitResult(List<RawStatement> statements, String delimiterAtEnd) {
    public SplitResult {
        statements = List.copyOf(statements);
    }
}
