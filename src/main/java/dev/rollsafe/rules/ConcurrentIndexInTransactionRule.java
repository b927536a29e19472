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
        if (!context.inTransaction()) {
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
                sink.report(what + " cannot run inside a transaction block, and " + why(context),
                        "put the statement in a migration of its own that runs outside a transaction (Flyway and"
                                + " golang-migrate run a file holding only that statement outside one by themselves;"
                                + " Liquibase: runInTransaction:false; goose: -- +goose NO TRANSACTION;"
                                + " dbmate: transaction:false)");
            }
        }
    }

    private static String why(StatementContext context) {
        if (context.schemaBefore().inExplicitTransaction()) {
            return "the migration opened one with BEGIN before it: the migration fails";
        }
        return switch (context.layout()) {
            case "flyway" -> "flyway refuses a migration that mixes it with transactional statements";
            case "golang-migrate" -> "golang-migrate sends this file as one multi-statement query, which PostgreSQL"
                    + " runs as one implicit transaction: the migration fails";
            default -> context.layout() + " runs this migration in one: the migration fails";
        };
    }
}
