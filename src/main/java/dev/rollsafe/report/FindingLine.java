package dev.rollsafe.report;

import dev.rollsafe.rules.Finding;

/** One finding on one line, as a build log or an exception message shows it. */
public final class FindingLine {

    private FindingLine() {
    }

    /** {@code db/V2__drop.sql:3:1: error[rule-id]: message}. */
    public static String of(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + ": " + f.level().id() + "[" + f.ruleId() + "]: "
                + f.message();
    }

    /** The text report's closing line: {@code 1 error in 2 files (5 statements)}. */
    public static String summary(dev.rollsafe.engine.CheckResult result) {
        return Counts.summary(result);
    }
}
