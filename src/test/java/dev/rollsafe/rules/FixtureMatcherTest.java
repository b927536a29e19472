package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixtureMatcherTest {

    private static final String FIXTURE = "-- expect: r: names users\n"  // 1
            + "DROP TABLE users;\n"                                       // 2
            + "-- expect: other\n"                                        // 3
            + "DROP TABLE b;\n"                                           // 4
            + "DROP TABLE c;\n";                                          // 5

    private static Finding finding(String rule, int line, String message) {
        return new Finding(rule, Level.ERROR, "f.sql", line, 1, line, 10, message, "help", List.of());
    }

    private final Fixture fixture = FixtureParser.parse(FIXTURE);

    @Test
    void passesWhenFindingsMatchBothWays() {
        List<String> problems = FixtureMatcher.mismatches(fixture, List.of(
                finding("r", 2, "drop names users"),
                finding("other", 4, "anything"),
                finding("unrelated", 5, "ignored: not the folder's rule")), "r");
        assertEquals(List.of(), problems);
    }

    @Test
    void reportsMissingExpectation() {
        List<String> problems = FixtureMatcher.mismatches(fixture, List.of(finding("other", 4, "x")), "r");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("expected but missing: line 2: r: names users"), problems.get(0));
    }

    @Test
    void reportsWrongMessageAsMissing() {
        List<String> problems = FixtureMatcher.mismatches(fixture, List.of(
                finding("r", 2, "drop of table b"), finding("other", 4, "x")), "r");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("on that line it said: drop of table b"), problems.get(0));
        assertTrue(problems.get(1).startsWith("unexpected: line 2: r:"), problems.get(1));
    }

    @Test
    void reportsUnexpectedFindingOfFolderRule() {
        List<String> problems = FixtureMatcher.mismatches(fixture, List.of(
                finding("r", 2, "names users"), finding("other", 4, "x"), finding("r", 5, "c")), "r");
        assertEquals(List.of("unexpected: line 5: r: c"), problems);
    }

    @Test
    void expectedOtherRuleMustFireToo() {
        List<String> problems = FixtureMatcher.mismatches(fixture, List.of(finding("r", 2, "names users")), "r");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("line 4: other"), problems.get(0));
    }

    @Test
    void oneFindingMeetsOnlyOneExpectation() {
        Fixture twice = FixtureParser.parse("-- expect: r\n-- expect: r\nDROP TABLE t;\n");
        assertEquals(1, FixtureMatcher.mismatches(twice, List.of(finding("r", 3, "m")), "r").size());
        assertEquals(List.of(), FixtureMatcher.mismatches(twice,
                List.of(finding("r", 3, "m"), finding("r", 3, "n")), "r"));
    }
}
