package dev.rollsafe.engine;

import dev.rollsafe.rules.Finding;
import java.util.List;

/**
 * What checking one migration set produced: the unit the result cache stores. {@code deferred} holds the
 * directives that name history rules, for the history pass after every set is checked.
 */
record SetResult(List<Finding> findings, List<FileReport> files, List<ClassifiedStatement> statements,
                 List<Suppressions.Deferred> deferred) {
    SetResult {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        statements = List.copyOf(statements);
        deferred = List.copyOf(deferred);
    }
}
