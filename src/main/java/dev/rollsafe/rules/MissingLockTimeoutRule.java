package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.Statement;
import java.util.List;

/**
 * A statement that needs a lock which blocks writes on an existing table (PostgreSQL ACCESS EXCLUSIVE,
 * SHARE or SHARE ROW EXCLUSIVE; MySQL/MariaDB an exclusive metadata lock) with no lock timeout set earlier
 * in the migration. Waiting for the lock behind one long transaction, it queues every later query on the
 * table behind itself: an outage although the statement itself would be quick.
 */
@RuleInfo(id = "missing-lock-timeout", level = Level.ERROR,
        summary = "statement that locks an existing table without a lock timeout set earlier in the migration",
        tags = {"locking"})
public final class MissingLockTimeoutRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        boolean postgres = context.dialect() == Dialect.POSTGRESQL;
        String setting = postgres ? "lock_timeout" : "lock_wait_timeout";
        if (timeoutSet(context.earlierStatements(), setting)) {
            return;
        }
        for (Change c : Contracts.of(context.statement().changes())) {
            Name table = Locks.writesBlocked(c);
            if (table != null && !context.tableCreatedInThisMigration(table)) {
                sink.report((postgres ? "this statement takes a lock that blocks writes on "
                                : "this statement needs an exclusive metadata lock on ") + table
                                + " with no " + setting + " set: waiting behind one long transaction, it holds up"
                                + " every later query on " + table.name(),
                        postgres ? "run SET lock_timeout = '5s' first in the migration (and retry on timeout)"
                                : "run SET SESSION lock_wait_timeout = 5 first in the migration (and retry on "
                                        + "timeout)",
                        Fixes.lockTimeoutFirst(context));
                return;
            }
        }
    }

    /** Whether the last session SET of the timeout earlier in the migration gave it a value other than 0. */
    private static boolean timeoutSet(List<Statement> earlier, String setting) {
        boolean set = false;
        for (Statement s : earlier) {
            for (Change c : Contracts.of(s.changes())) {
                if (c instanceof Change.SessionSetting v && v.name().equals(setting) && v.scope() != Change.Scope.GLOBAL) {
                    set = v.value() != null && !v.value().replace("'", "").strip().matches("0+|default|DEFAULT");
                }
            }
        }
        return set;
    }
}
