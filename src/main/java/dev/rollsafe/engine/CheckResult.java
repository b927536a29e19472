package dev.rollsafe.engine;

import dev.rollsafe.rules.Finding;
import java.util.List;

/**
 * What a check found.
 *
 * @param findings   every finding, ordered by path, line, column, rule id
 * @param files      every file given or found, in the order it was read
 * @param statements every statement of every file, classified (for {@code classify})
 * @param messages   one-line messages for the user about input problems (each names its file)
 * @param setupError true when the request itself was wrong (a path that does not exist, a bad config)
 */
public record CheckResult(List<Finding> findings, List<FileReport> files, List<ClassifiedStatement> statements,
                          List<String> messages, boolean setupError) {
    public CheckResult {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        statements = List.copyOf(statements);
        messages = List.copyOf(messages);
    }
}
