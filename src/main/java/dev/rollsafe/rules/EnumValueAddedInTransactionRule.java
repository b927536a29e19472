package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;

/**
 * ALTER TYPE ... ADD VALUE inside a transaction: PostgreSQL before 12 refuses it there; from 12 it runs, but
 * the new value cannot be used until the transaction commits (SQLSTATE 55P04, "unsafe use of new value").
 */
@RuleInfo(id = "enum-value-added-in-transaction", level = Level.ERROR,
        summary = "enum value added inside a transaction: refused before PostgreSQL 12, unusable until commit after",
        dialects = Dialect.POSTGRESQL, tags = {"transaction"})
public final class EnumValueAddedInTransactionRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        if (!context.inTransaction()) {
            return;
        }
        boolean allowed = PgVersion.atLeast(context, 12, 0);
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.AddEnumValue av)) {
                continue;
            }
            String what = "adding '" + av.value() + "' to enum " + av.type() + " inside a transaction";
            String fix = "put ALTER TYPE ... ADD VALUE in a migration of its own that runs outside a transaction"
                    + " (Liquibase: runInTransaction:false; goose: -- +goose NO TRANSACTION; dbmate:"
                    + " transaction:false), before any migration that uses the value";
            if (allowed) {
                sink.report(what + ": the value cannot be used until the transaction commits; a later statement"
                        + " of the same migration that uses it fails with \"unsafe use of new value\"", fix);
            } else {
                sink.report(what + ": before PostgreSQL 12 ALTER TYPE ... ADD VALUE cannot run inside a transaction"
                        + " block, so the migration fails", fix);
            }
        }
    }
}
