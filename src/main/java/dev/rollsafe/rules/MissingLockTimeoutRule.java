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
            Name table = lockedTable(c, postgres);
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

    /** The existing table whose writes the change blocks while it waits, or null. */
    private static Name lockedTable(Change c, boolean postgres) {
        if (c instanceof Change.CreateIndex i) {
            return i.concurrently() ? null : i.table();
        }
        if (c instanceof Change.DropIndex d) {
            return d.concurrently() ? null : d.table();
        }
        if (c instanceof Change.ValidateConstraint) {
            return null; // SHARE UPDATE EXCLUSIVE: writes go on
        }
        if (c instanceof Change.AddColumn a) {
            return a.table();
        }
        if (c instanceof Change.DropColumn d) {
            return d.table();
        }
        if (c instanceof Change.RenameColumn r) {
            return r.table();
        }
        if (c instanceof Change.AlterColumnType t) {
            return t.table();
        }
        if (c instanceof Change.RedefineColumn r) {
            return r.table();
        }
        if (c instanceof Change.SetNotNull s) {
            return s.table();
        }
        if (c instanceof Change.DropNotNull s) {
            return s.table();
        }
        if (c instanceof Change.SetDefault s) {
            return s.table();
        }
        if (c instanceof Change.DropDefault s) {
            return s.table();
        }
        if (c instanceof Change.AddConstraint a) {
            return a.table();
        }
        if (c instanceof Change.DropConstraint d) {
            return d.table();
        }
        if (c instanceof Change.RenameTable r) {
            return r.from();
        }
        if (c instanceof Change.DropTable d) {
            return d.table();
        }
        if (c instanceof Change.AlterTableOption o) {
            return o.table();
        }
        if (c instanceof Change.Truncate t) {
            return t.tables().isEmpty() ? null : t.tables().get(0);
        }
        return null;
    }
}
