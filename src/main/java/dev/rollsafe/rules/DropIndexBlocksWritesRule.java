package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;

/** DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table. */
@RuleInfo(id = "drop-index-blocks-writes", level = Level.ERROR,
        summary = "index dropped without CONCURRENTLY locks its table against reads and writes",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class DropIndexBlocksWritesRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (c instanceof Change.DropIndex di && !di.concurrently() && !newTable(context, di)) {
                String on = di.table() == null ? "its table" : di.table().toString();
                sink.report("dropping index " + di.name() + " takes an ACCESS EXCLUSIVE lock on " + on
                                + ": every query on it waits, and waits behind any long-running transaction",
                        PgVersion.atLeast(context, 9, 2)
                                ? "use DROP INDEX CONCURRENTLY in a migration of its own that runs outside a"
                                        + " transaction"
                                : "DROP INDEX CONCURRENTLY needs PostgreSQL 9.2; until then drop it at a quiet time"
                                        + " with a short lock_timeout",
                        PgVersion.atLeast(context, 9, 2) ? Fixes.dropIndexConcurrently(context) : null);
            }
        }
    }

    /** An index whose table was created in this migration (new and empty), as far as the schema knows. */
    private static boolean newTable(StatementContext context, Change.DropIndex di) {
        if (di.table() != null) {
            return context.tableCreatedInThisMigration(di.table());
        }
        return context.schemaBefore().index(di.name())
                .map(i -> context.tableCreatedInThisMigration(i.table())).orElse(false);
    }
}
