package dev.rollsafe.engine;

import dev.rollsafe.rules.Finding;
import java.util.List;

/** What checking one migration set produced: the unit the result cache stores. */
record SetResult(List<Finding> findings, List<FileReport> files, List<ClassifiedStatement> statements) {
    SetResult {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        statements = List.copyOf(statements);
    }
}
