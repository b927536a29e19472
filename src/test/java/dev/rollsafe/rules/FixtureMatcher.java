package dev.rollsafe.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares a fixture's expectations with the findings for its file, both ways: every expectation must
 * be met by its own finding, and no finding of the folder's rule may appear where none was expected.
 * Findings of other rules are ignored unless a marker expects them.
 */
final class FixtureMatcher {

    private FixtureMatcher() {
    }

    /** The mismatches, one line each; empty when the fixture passes. */
    static List<String> mismatches(Fixture fixture, List<Finding> findings, String folderRule) {
        List<Finding> unused = new ArrayList<>(findings);
        List<String> problems = new ArrayList<>();
        for (Fixture.Expectation e : fixture.expectations()) {
            Finding hit = unused.stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) {
                problems.add("expected but missing: " + e + nearMisses(e, findings));
            } else {
                unused.remove(hit);
            }
        }
        for (Finding f : unused) {
            if (f.ruleId().equals(folderRule)) {
                problems.add("unexpected: line " + f.line() + ": " + f.ruleId() + ": " + f.message());
            }
        }
        return problems;
    }

    private static String nearMisses(Fixture.Expectation e, List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            if (f.ruleId().equals(e.ruleId()) && f.line() == e.line()) {
                sb.append("; on that line it said: ").append(f.message());
            }
        }
        return sb.toString();
    }
}
