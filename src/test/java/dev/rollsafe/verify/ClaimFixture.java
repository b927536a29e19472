package dev.rollsafe.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule fixture read for a real server: its {@code -- config:} dialect and version, the {@code -- given:}
 * statements that build the tables an earlier release left, and its statements, each with whether a
 * {@code -- expect: <rule>} marker says the rule fires on it. Statements end with {@code ;} at the end of a
 * line (the fixtures this reads hold no semicolons inside strings).
 */
record ClaimFixture(String dialect, String version, List<String> given, List<Step> steps) {

    record Step(String sql, int line, boolean flagged) {
    }

    static ClaimFixture parse(String text, String ruleId) {
        String dialect = "postgresql";
        String version = null;
        List<String> given = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        boolean flagged = false;
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (current.length() == 0 && line.startsWith("--")) {
                String body = line.substring(2).strip();
                if (body.startsWith("config:")) {
                    for (String setting : body.substring("config:".length()).strip().split("\\s+")) {
                        if (setting.startsWith("dialect=")) {
                            dialect = setting.substring("dialect=".length()).toLowerCase(Locale.ROOT);
                        } else if (setting.startsWith("version=")) {
                            version = setting.substring("version=".length());
                        }
                    }
                } else if (body.startsWith("given:")) {
                    given.add(body.substring("given:".length()).strip());
                } else if (body.startsWith("expect:")) {
                    String rest = body.substring("expect:".length()).strip();
                    int colon = rest.indexOf(':');
                    flagged |= (colon < 0 ? rest : rest.substring(0, colon)).strip().equals(ruleId);
                }
                continue;
            }
            if (line.isEmpty() && current.length() == 0) {
                continue;
            }
            if (current.length() == 0) {
                start = i + 1;
            }
            current.append(lines[i]).append('\n');
            if (line.endsWith(";")) {
                String sql = current.toString().strip();
                steps.add(new Step(sql.substring(0, sql.length() - 1).strip(), start, flagged));
                current.setLength(0);
                flagged = false;
            }
        }
        return new ClaimFixture(dialect, version, given, steps);
    }
}
