package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.Statement;
import java.util.List;

/**
 * An UPDATE, DELETE or MERGE of a table in the same transaction as an earlier ALTER TABLE (or plain CREATE INDEX)
 * of it: the DDL's lock is held until the transaction commits, so the whole backfill runs under it.
 */
@RuleInfo(id = "backfill-holds-ddl-lock", level = Level.ERROR,
        summary = "a backfill in the same transaction as DDL on its table keeps the DDL's lock for the whole backfill",
        dialects = Dialect.POSTGRESQL, tags = {"locking", "transaction"})
public final class BackfillHoldsDdlLockRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        if (!context.inTransaction()) { // the framework's transaction or the file's own BEGIN
            return;
        }
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.RowChange rc) || rc.table() == null
                    || !(rc.op() == Change.RowOp.UPDATE || rc.op() == Change.RowOp.DELETE || rc.op() == Change.RowOp.MERGE)
                    || !context.tableExistedBeforeMigration(rc.table())) {
                continue;
            }
            Held held = heldLock(context, rc.table());
            if (held != null) {
                sink.report(rc.op().name() + " of " + rc.table() + " runs in the same transaction as " + held.what
                                + " on line " + held.line + ", so the " + held.mode + " lock that statement took on "
                                + rc.table() + " is held until the whole " + rc.op().name().toLowerCase(java.util.Locale.ROOT)
                                + " commits: " + held.blocked + " on " + rc.table() + " wait for it",
                        "commit the schema change first: move the backfill to a migration of its own that runs outside"
                                + " a transaction, and update in batches (by primary key ranges), each committed");
            }
        }
    }

    private record Held(String what, int line, String mode, String blocked) {
    }

    /** The lock an earlier statement of the same transaction took on the table, or null. */
    private static Held heldLock(StatementContext context, Name table) {
        List<Statement> earlier = context.earlierStatements();
        String unit = context.unitOf(context.index());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (!context.unitOf(i).equals(unit)) {
                return null; // an earlier Liquibase changeset: applied and committed on its own
            }
            Statement s = earlier.get(i);
            for (Change c : Contracts.of(s.changes())) {
                if (c instanceof Change.TransactionControl tc && tc.op() != Change.TxOp.SAVEPOINT
                        && tc.op() != Change.TxOp.RELEASE && tc.op() != Change.TxOp.ROLLBACK_TO) {
                    return null; // a transaction ended or began here: locks before it are not held by this one
                }
            }
            for (Change c : Contracts.of(s.changes())) {
                Held h = lockOf(c, table, s.span().line());
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    private static Held lockOf(Change c, Name table, int line) {
        // after a RENAME the backfill names the new table; the rename's lock is on the same relation
        Name locked = c instanceof Change.RenameTable r ? r.to() : Locks.writesBlocked(c);
        if (!table.equals(locked)) {
            return null;
        }
        String mode = Locks.postgresMode(c);
        String what = c instanceof Change.CreateIndex ci ? "CREATE INDEX" + (ci.name() == null ? "" : " " + ci.name())
                : c instanceof Change.AddConstraint ac && mode.equals("SHARE ROW EXCLUSIVE")
                        ? "ALTER TABLE " + ac.table() + " ADD FOREIGN KEY" : "ALTER TABLE " + table;
        return new Held(what, line, mode, mode.equals("ACCESS EXCLUSIVE") ? "all reads and writes"
                : "inserts, updates and deletes");
    }
}
