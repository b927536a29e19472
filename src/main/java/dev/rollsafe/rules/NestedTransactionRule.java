package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;

/**
 * BEGIN, COMMIT or ROLLBACK written in a migration that the framework already runs in a transaction. On
 * PostgreSQL the BEGIN only warns ("there is already a transaction in progress") and the COMMIT ends the
 * framework's transaction early; on MySQL and MariaDB the BEGIN itself commits the framework's transaction.
 * Either way the rest of the migration runs outside the transaction, and a failure leaves it half applied.
 */
@RuleInfo(id = "nested-transaction", level = Level.ERROR,
        summary = "BEGIN / COMMIT written in a migration the framework already runs in a transaction",
        dialects = {Dialect.POSTGRESQL, Dialect.MYSQL}, tags = {"transaction"})
public final class NestedTransactionRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        if (!context.inFrameworkTransaction()) {
            return;
        }
        String layout = context.layout();
        boolean mysql = context.dialect().isMySqlFamily();
        String help = "remove the transaction control: " + layout + " already runs the migration in a transaction;"
                + " if the statements must run outside one, make the migration non-transactional (goose: -- +goose"
                + " NO TRANSACTION; Liquibase: runInTransaction:false; dbmate: transaction:false) and keep BEGIN"
                + " and COMMIT together";
        for (Change c : context.statement().changes()) {
            if (!(c instanceof Change.TransactionControl tc)) {
                continue;
            }
            String message = switch (tc.op()) {
                case BEGIN -> mysql
                        ? "BEGIN inside the transaction " + layout + " runs this migration in commits that"
                                + " transaction (an implicit commit) and starts another: what comes before is"
                                + " committed whatever happens after"
                        : "BEGIN inside the transaction " + layout + " runs this migration in only warns (\"there"
                                + " is already a transaction in progress\"), and a COMMIT after it ends " + layout
                                + "'s transaction early";
                case COMMIT -> "COMMIT ends the transaction " + layout + " runs this migration in: the statements"
                        + " after it run outside any transaction, so a failure leaves the migration half applied";
                case ROLLBACK -> "ROLLBACK ends the transaction " + layout + " runs this migration in, undoing"
                        + " what came before it; the statements after it run outside any transaction";
                default -> null;
            };
            if (message != null) {
                sink.report(message, help);
            }
        }
    }
}
