package dev.rollsafe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Span;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static final Span STATEMENT = new Span(100, 160, 5, 1, 6, 20);
    private static final Set<String> KNOWN = Set.of("drop-hazard", "lock-hazard", "history-hazard", Suppressions.DELETED,
            Suppressions.WITHOUT_REASON, Suppressions.UNKNOWN_RULE, Suppressions.UNUSED);

    private static Suppressions.Rules rules(Set<String> disabled) {
        return new Suppressions.Rules(KNOWN, id -> !disabled.contains(id), id -> Level.WARNING,
                Set.of("history-hazard", Suppressions.DELETED));
    }

    private static Finding finding(String rule, String path, int line) {
        return new Finding(rule, Level.ERROR, path, line, 1, line, 10, rule + " says so", "fix it", List.of());
    }

    private static Suppressions.Directive directive(String body) {
        return Suppressions.parse(body, 4, "V1.sql", STATEMENT);
    }

    @Test
    void readsIdsAndReason() {
        Suppressions.Directive d = directive("rollsafe:ignore drop-hazard, lock-hazard -- table is empty -- really");
        assertEquals(List.of("drop-hazard", "lock-hazard"), d.ids());
        assertEquals("table is empty -- really", d.reason());
        assertTrue(!d.file());
        assertTrue(directive("rollsafe:ignore-file lock-hazard -- x").file());
    }

    @Test
    void reasonMustBeSetOffByDashesAndNotEmpty() {
        assertNull(directive("rollsafe:ignore drop-hazard").reason());
        assertNull(directive("rollsafe:ignore drop-hazard because I said so").reason());
        assertEquals(List.of("drop-hazard"), directive("rollsafe:ignore drop-hazard because").ids());
        assertNull(directive("rollsafe:ignore drop-hazard --   ").reason());
    }

    @Test
    void otherCommentsAreNotDirectives() {
        assertNull(directive("rollsafe:ignored drop-hazard -- x"));
        assertNull(directive("rollsafe:ignore-all -- x"));
        assertNull(directive("see rollsafe:ignore drop-hazard -- x"));
        assertNull(directive("expect: drop-hazard"));
    }

    @Test
    void statementDirectiveRemovesOnlyItsRuleOnItsStatement() {
        List<Finding> findings = List.of(finding("drop-hazard", "V1.sql", 5), finding("drop-hazard", "V1.sql", 6),
                finding("lock-hazard", "V1.sql", 5), finding("drop-hazard", "V1.sql", 9),
                finding("drop-hazard", "V2.sql", 5));
        Suppressions.Applied a = Suppressions.apply(List.of(directive("rollsafe:ignore drop-hazard -- fine")),
                findings, rules(Set.of()));
        assertEquals(2, a.suppressed());
        assertEquals(List.of("lock-hazard@V1.sql:5", "drop-hazard@V1.sql:9", "drop-hazard@V2.sql:5"),
                a.findings().stream().map(f -> f.ruleId() + "@" + f.path() + ":" + f.line()).toList());
    }

    @Test
    void fileDirectiveRemovesTheRuleInTheWholeFile() {
        List<Finding> findings = List.of(finding("drop-hazard", "V1.sql", 5), finding("drop-hazard", "V1.sql", 90),
                finding("drop-hazard", "V2.sql", 5));
        Suppressions.Applied a = Suppressions.apply(List.of(directive("rollsafe:ignore-file drop-hazard -- fine")),
                findings, rules(Set.of()));
        assertEquals(2, a.suppressed());
        assertEquals(List.of("V2.sql"), a.findings().stream().map(Finding::path).toList());
    }

    @Test
    void directiveProblemsAreFindingsAtTheStatementNamingTheDirectiveLine() {
        Suppressions.Applied a = Suppressions.apply(List.of(directive("rollsafe:ignore drop-hazard, nope")),
                List.of(finding("drop-hazard", "V1.sql", 5)), rules(Set.of()));
        assertEquals(List.of(Suppressions.WITHOUT_REASON, Suppressions.UNKNOWN_RULE),
                a.findings().stream().map(Finding::ruleId).toList());
        for (Finding f : a.findings()) {
            assertEquals(5, f.line());
            assertEquals(Level.WARNING, f.level());
            assertTrue(f.message().contains("line 4"), f.message());
        }
    }

    @Test
    void unusedUnlessDisabledAndHistoryRulesAreLeftToTheHistoryPass() {
        Suppressions.Directive d = directive("rollsafe:ignore lock-hazard, drop-hazard, history-hazard -- fine");
        Suppressions.Applied a = Suppressions.apply(List.of(d), List.of(), rules(Set.of("drop-hazard")));
        assertEquals(List.of("lock-hazard"), a.findings().stream()
                .map(f -> f.message().replaceAll(".* of (\\S+) on line.*", "$1")).toList());
        assertTrue(a.findings().stream().allMatch(f -> f.ruleId().equals(Suppressions.UNUSED)));
        assertEquals(List.of("history-hazard"), Suppressions.historyPart(d, rules(Set.of())).ids());
        assertNull(Suppressions.historyPart(directive("rollsafe:ignore lock-hazard -- x"), rules(Set.of())));
    }

    @Test
    void aDeletedMigrationsFindingCannotBeReachedByADirective() {
        Suppressions.Directive d = directive("rollsafe:ignore " + Suppressions.DELETED + " -- gone on purpose");
        Suppressions.Applied a = Suppressions.apply(List.of(d), List.of(), rules(Set.of()));
        assertEquals(List.of(Suppressions.UNUSED), a.findings().stream().map(Finding::ruleId).toList());
        assertTrue(a.findings().get(0).help().contains("rollsafe.yaml"), a.findings().get(0).help());
        assertNull(Suppressions.historyPart(d, rules(Set.of())));
    }

    @Test
    void historyDirectivesRemoveHistoryFindingsAndAreUnusedOnlyWhenTheHistoryWasRead() {
        Suppressions.Directive used = directive("rollsafe:ignore history-hazard -- fine");
        Suppressions.Directive spare = Suppressions.parse("rollsafe:ignore history-hazard", 1, "V2.sql", STATEMENT);
        List<Suppressions.Deferred> deferred = List.of(new Suppressions.Deferred(used, true),
                new Suppressions.Deferred(spare, false));
        List<Finding> findings = List.of(finding("history-hazard", "V1.sql", 5), finding("history-hazard", "V3.sql", 5));

        Suppressions.Applied judged = Suppressions.applyHistory(deferred, findings, rules(Set.of()), true);
        assertEquals(1, judged.suppressed());
        assertEquals(List.of("history-hazard@V3.sql", Suppressions.WITHOUT_REASON + "@V2.sql",
                        Suppressions.UNUSED + "@V2.sql"),
                judged.findings().stream().map(f -> f.ruleId() + "@" + f.path()).toList());

        Suppressions.Applied noHistory = Suppressions.applyHistory(deferred, List.of(), rules(Set.of()), false);
        assertEquals(List.of(Suppressions.WITHOUT_REASON), noHistory.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void disabledDirectiveRulesReportNothingAndCannotBeSuppressed() {
        Suppressions.Directive bare = directive("rollsafe:ignore unused-suppression, lock-hazard");
        Suppressions.Applied off = Suppressions.apply(List.of(bare), List.of(),
                rules(Set.of(Suppressions.WITHOUT_REASON, Suppressions.UNUSED)));
        assertEquals(List.of(), off.findings());
        Suppressions.Applied on = Suppressions.apply(List.of(bare), List.of(), rules(Set.of()));
        assertEquals(List.of(Suppressions.WITHOUT_REASON, Suppressions.UNUSED, Suppressions.UNUSED),
                on.findings().stream().map(Finding::ruleId).toList());
    }
}
