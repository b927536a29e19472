package dev.rollsafe.report;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.rules.Level;
import java.util.ArrayList;
import java.util.List;

/** The closing line of a text report: {@code 3 errors, 1 warning in 12 files (57 statements)}. */
final class Counts {

    private Counts() {
    }

    static String summary(CheckResult result) {
        List<String> parts = new ArrayList<>();
        for (Level level : new Level[] {Level.ERROR, Level.WARNING, Level.NOTE}) {
            long n = result.findings().stream().filter(f -> f.level() == level).count();
            if (n > 0) {
                parts.add(plural(n, level.id()));
            }
        }
        String found = parts.isEmpty() ? "no findings" : String.join(", ", parts);
        int statements = result.files().stream().mapToInt(FileReport::statements).sum();
        return found + " in " + plural(result.files().size(), "file") + " (" + plural(statements, "statement") + ")";
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
