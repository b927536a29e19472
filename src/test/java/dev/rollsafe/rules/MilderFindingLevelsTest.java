package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules that report some cases below their default level: which level each fixture's findings get. */
class MilderFindingLevelsTest {

    private static Set<Level> levels(String rule, String file) {
        Path path = RepoFiles.fixtures().resolve(rule).resolve(file);
        List<Finding> findings = new Engine().check(new CheckRequest(path.getParent(), List.of(path),
                        Dialect.POSTGRESQL, "15", true, null, false).withFileContext(false)).findings().stream()
                .filter(f -> f.ruleId().equals(rule)).toList();
        assertFalse(findings.isEmpty(), rule + "/" + file + " has findings");
        return findings.stream().map(Finding::level).collect(Collectors.toSet());
    }

    @Test
    void aPlainFileOnlyGetsNotesAboutReRunning() {
        // psql -1 may run a plain file in a transaction; goose NO TRANSACTION surely does not
        assertEquals(Set.of(Level.NOTE), levels("statement-not-rerunnable", "plain.sql"));
        assertEquals(Set.of(Level.WARNING), levels("statement-not-rerunnable", "20240101000000_goose.sql"));
        assertEquals(Set.of(Level.WARNING), levels("statement-not-rerunnable", "liquibase.sql"));
    }

    @Test
    void aCheckOnANewDomainIsAWarningAndAlteringOneAnError() {
        assertEquals(Set.of(Level.WARNING), levels("domain-constraint-scans-columns", "create-domain.sql"));
        assertEquals(Set.of(Level.ERROR), levels("domain-constraint-scans-columns", "existing-domain.sql"));
    }
}
