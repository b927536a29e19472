package dev.rollsafe.rules;

import dev.rollsafe.model.Dialect;
import java.util.List;

/**
 * A rule fixture file as the harness reads it.
 *
 * @param dialect         from the {@code -- config:} header, PostgreSQL by default
 * @param version         the {@code version=} of the header, or null
 * @param expectations    every {@code -- expect:} marker, attached to the first line of the statement after it
 * @param statementLines  the first line of every statement in the file
 */
record Fixture(Dialect dialect, String version, List<Expectation> expectations, List<Integer> statementLines) {
    Fixture {
        expectations = List.copyOf(expectations);
        statementLines = List.copyOf(statementLines);
    }

    /** One marker: {@code ruleId} must report on {@code line}, with {@code messagePart} in its message if not null. */
    record Expectation(String ruleId, String messagePart, int line, int markerLine) {
        boolean matches(Finding f) {
            return f.ruleId().equals(ruleId) && f.line() == line
                    && (messagePart == null || f.message().contains(messagePart));
        }

        @Override
        public String toString() {
            return "line " + line + ": " + ruleId + (messagePart == null ? "" : ": " + messagePart)
                    + " (marker on line " + markerLine + ")";
        }
    }

    boolean expects(String ruleId, int line) {
        return expectations.stream().anyMatch(e -> e.ruleId().equals(ruleId) && e.line() == line);
    }
}
