package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import java.util.Locale;

/**
 * ALTER TABLE ... DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table
 * and on the partition: every query on the whole partitioned table waits.
 */
@RuleInfo(id = "detach-partition-blocks-queries", level = Level.ERROR,
        summary = "DETACH PARTITION without CONCURRENTLY locks the whole partitioned table against reads and writes",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class DetachPartitionBlocksQueriesRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.AlterTableOption o) || !o.option().equalsIgnoreCase("DETACH PARTITION")
                    || context.tableCreatedInThisMigration(o.table())) {
                continue;
            }
            String value = o.value() == null ? "" : o.value().strip();
            String upper = value.toUpperCase(Locale.ROOT);
            if (upper.endsWith(" CONCURRENTLY") || upper.endsWith(" FINALIZE")) {
                continue;
            }
            String partition = value.isEmpty() ? "a partition" : "partition " + value;
            sink.report("detaching " + partition + " from " + o.table() + " takes an ACCESS EXCLUSIVE lock on "
                            + o.table() + " and on the partition: every query on " + o.table() + " waits, and waits"
                            + " behind any long-running transaction",
                    PgVersion.atLeast(context, 14, 0)
                            ? "use ALTER TABLE " + o.table() + " DETACH PARTITION " + (value.isEmpty() ? "..." : value)
                                    + " CONCURRENTLY in a migration of its own that runs outside a transaction (not"
                                    + " possible when the table has a default partition)"
                            : "DETACH PARTITION CONCURRENTLY needs PostgreSQL 14; until then detach at a quiet time"
                                    + " with a short lock_timeout");
        }
    }
}
