package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import java.util.List;
import java.util.Locale;

/**
 * The {@code ALGORITHM=} and {@code LOCK=} clauses of one MySQL/MariaDB ALTER TABLE, upper case, or null when
 * the statement has none (or says DEFAULT). When a clause appears twice the last one counts, as on the server.
 */
record AlterClauses(String algorithm, String lock) {

    static AlterClauses of(List<Change> changes) {
        String algorithm = null;
        String lock = null;
        for (Change c : changes) {
            if (c instanceof Change.AlterTableOption o && o.value() != null) {
                String value = o.value().strip().toUpperCase(Locale.ROOT);
                value = value.equals("DEFAULT") || value.isEmpty() ? null : value;
                if (o.option().equalsIgnoreCase("ALGORITHM")) {
                    algorithm = value;
                } else if (o.option().equalsIgnoreCase("LOCK")) {
                    lock = value;
                }
            }
        }
        return new AlterClauses(algorithm, lock);
    }

    /** True when the clauses rule out a table copy (the server refuses the statement rather than copy). */
    boolean forbidCopy() {
        return (algorithm != null && !algorithm.equals("COPY")) || "NONE".equals(lock);
    }

    /** The clauses as written, for messages: {@code ALGORITHM=INPLACE, LOCK=NONE}. */
    String text() {
        String a = algorithm == null ? "" : "ALGORITHM=" + algorithm;
        String l = lock == null ? "" : "LOCK=" + lock;
        return a.isEmpty() ? l : l.isEmpty() ? a : a + ", " + l;
    }
}
