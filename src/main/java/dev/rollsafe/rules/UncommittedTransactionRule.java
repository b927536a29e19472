package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Schema;
import dev.rollsafe.model.Statement;

/**
 * BEGIN / START TRANSACTION in a migration that runs outside a framework transaction, with nothing later in the
 * migration that ends the transaction (COMMIT, END, ROLLBACK; in MySQL also a DDL statement, which commits
 * implicitly). The connection stays in the transaction: its locks are held until the connection closes, the
 * framework records the migration inside it, and closing the connection rolls it all back.
 */
@RuleInfo(id = "uncommitted-transaction", level = Level.ERROR,
        summary = "transaction opened in a migration and never committed",
        tags = {"transaction"})
public final class UncommittedTransactionRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        if (context.inTransaction() || context.schemaBefore().inExplicitTransaction()
                || context.statement().changes().stream().noneMatch(UncommittedTransactionRule::isBegin)) {
            return;
        }
        Schema schema = context.schemaBefore();
        for (int i = context.index(); i < context.unitEnd(); i++) {
            Statement s = context.migrationStatements().get(i);
            schema = schema.apply(s);
            if (!schema.inExplicitTransaction()) {
                return;
            }
        }
        sink.report("this transaction is never committed: nothing after it in the migration ends it, so the "
                        + context.layout() + " connection stays inside it: its locks are held until the connection"
                        + " closes, the framework records the migration inside it, and closing the connection rolls"
                        + " it all back",
                "end the migration with COMMIT, or drop the BEGIN and let the framework run the migration in a"
                        + " transaction");
    }

    private static boolean isBegin(Change c) {
        return c instanceof Change.TransactionControl tc && tc.op() == Change.TxOp.BEGIN;
    }
}
