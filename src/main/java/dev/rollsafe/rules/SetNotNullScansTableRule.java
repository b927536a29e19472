package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;

/**
 * SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock to prove no row is null, unless (from
 * PostgreSQL 12) a validated {@code CHECK (col IS NOT NULL)} already proves it.
 */
@RuleInfo(id = "set-not-null-scans-table", level = Level.ERROR,
        summary = "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class SetNotNullScansTableRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        boolean checkHelps = PgVersion.atLeast(context, 12, 0);
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.SetNotNull snn) || !context.tableExistedBeforeMigration(snn.table())
                    || checkHelps && context.schemaBefore().hasValidatedNotNullCheck(snn.table(), snn.column())) {
                continue;
            }
            String where = snn.table() + "." + snn.column();
            String message = "SET NOT NULL on " + where + " scans every row of " + snn.table()
                    + " under an ACCESS EXCLUSIVE lock: reads and writes wait until it is done";
            if (checkHelps) {
                sink.report(message, "first ADD CONSTRAINT ... CHECK (" + snn.column() + " IS NOT NULL) NOT VALID,"
                        + " then VALIDATE CONSTRAINT; SET NOT NULL then skips the scan (drop the check after)");
            } else {
                sink.report(message + " (before PostgreSQL 12 not even a validated CHECK spares the scan)",
                        "run it at a quiet time with a short lock_timeout, or keep a validated CHECK ("
                                + snn.column() + " IS NOT NULL) constraint in place of NOT NULL");
            }
        }
    }
}
