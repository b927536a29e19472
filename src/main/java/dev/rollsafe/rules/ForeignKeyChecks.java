package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Statement;
import java.util.Locale;
import java.util.Set;

/**
 * Whether MySQL/MariaDB's {@code foreign_key_checks} is off for a statement: an earlier statement of the same
 * migration set it to 0 for the session (the last such SET counts). A GLOBAL setting does not change the
 * migration's own session.
 */
final class ForeignKeyChecks {

    private static final Set<String> OFF = Set.of("0", "OFF", "FALSE");

    private ForeignKeyChecks() {
    }

    static boolean offBefore(StatementContext context) {
        boolean off = false;
        for (Statement s : context.earlierStatements()) {
            for (Change c : Contracts.of(s.changes())) {
                if (c instanceof Change.SessionSetting v && v.name().equalsIgnoreCase("foreign_key_checks")
                        && v.scope() != Change.Scope.GLOBAL) {
                    String value = v.value() == null ? "" : v.value().replace("'", "").strip().toUpperCase(Locale.ROOT);
                    off = OFF.contains(value);
                }
            }
        }
        return off;
    }
}
