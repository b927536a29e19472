package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;

/**
 * CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY cannot run inside a
 * transaction block: PostgreSQL refuses them, so a migration that runs in a transaction fails.
 */
@RuleInfo(id = "concurrent-index-in-transaction", level = Level.ERROR,
        summary = "concurrent index operation in a migration that runs inside a transaction, which PostgreSQL refuses",
        dialects = Dialect.POSTGRESQL, tags = {"locking", "transaction"})
public final class ConcurrentIndexInTransactionRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        if (!context.inTransaction() || flywayRunsItAlone(context)) {
            return;
        }
        for (Change c : Contracts.of(context.statement().changes())) {
            String what = null;
            if (c instanceof Change.CreateIndex ci && ci.concurrently()) {
                what = "CREATE INDEX CONCURRENTLY" + (ci.name() == null ? "" : " " + ci.name());
            } else if (c instanceof Change.DropIndex di && di.concurrently()) {
                what = "DROP INDEX CONCURRENTLY " + di.name();
            } else if (c instanceof Change.Reindex ri && ri.concurrently()) {
                what = "REINDEX CONCURRENTLY " + ri.target();
            }
            if (what != null) {
                sink.report(what + " cannot run inside a transaction block, and " + context.layout()
                                + (context.layout().equals("flyway")
                                        ? " refuses a migration that mixes it with transactional statements"
                                        : " runs this migration in one: the migration fails"),
                        "put the statement in a migration of its own that runs outside a transaction (Flyway runs"
                                + " such a file outside one by itself; Liquibase: runInTransaction:false;"
                                + " goose: -- +goose NO TRANSACTION; dbmate: transaction:false)");
            }
        }
    }

    /**
     * Flyway runs a migration whose statements are all non-transactional outside a transaction by itself
     * (the source layer still marks it transactional, so the rule looks for that case here).
     */
    private static boolean flywayRunsItAlone(StatementContext context) {
        return context.layout().equals("flyway") && context.migrationStatements().stream()
                .allMatch(s -> !s.changes().isEmpty() && s.changes().stream().allMatch(c ->
                        c instanceof Change.CreateIndex ci && ci.concurrently()
                                || c instanceof Change.DropIndex di && di.concurrently()
                                || c instanceof Change.Reindex ri && ri.concurrently()));
    }
}
