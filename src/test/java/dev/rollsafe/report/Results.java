package dev.rollsafe.report;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.ClassifiedStatement;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Small builders for report tests. */
final class Results {

    private Results() {
    }

    static Finding finding(String path, Level level, int line, int column, int endLine, int endColumn,
                           List<Evidence> evidence) {
        return new Finding("some-rule", level, path, line, column, endLine, endColumn, "the message", "the help",
                evidence);
    }

    static CheckResult of(List<Finding> findings, List<FileReport> files) {
        return new CheckResult(findings, files, List.of(), List.of(), false);
    }

    static CheckResult classified(List<ClassifiedStatement> statements) {
        return new CheckResult(List.of(), List.of(), statements, List.of("a message"), false);
    }

    static String render(Report report, CheckResult result) {
        StringWriter s = new StringWriter();
        report.write(result, new PrintWriter(s));
        return s.toString().replace(System.lineSeparator(), "\n");
    }
}
