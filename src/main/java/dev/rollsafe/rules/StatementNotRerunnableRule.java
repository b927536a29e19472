package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.ObjectKind;
import dev.rollsafe.model.Statement;
import java.util.List;
import java.util.Set;

/**
 * In a migration that runs outside a transaction, a statement that fails when its work is already done (CREATE
 * without IF NOT EXISTS, DROP without IF EXISTS, ADD COLUMN without IF NOT EXISTS): when a later statement of
 * the migration fails, this one stays applied, and running the migration again fails on it. For CREATE INDEX
 * CONCURRENTLY the help is a DROP INDEX CONCURRENTLY IF EXISTS before it, since IF NOT EXISTS would keep an
 * INVALID index left by a failed build.
 */
@RuleInfo(id = "statement-not-rerunnable", level = Level.WARNING,
        summary = "statement in a migration outside a transaction that fails when the migration is run again",
        dialects = Dialect.POSTGRESQL, tags = {"transaction"})
public final class StatementNotRerunnableRule implements Rule {

    /** Kinds PostgreSQL can create with IF NOT EXISTS. */
    private static final Set<ObjectKind> IF_NOT_EXISTS = Set.of(ObjectKind.SCHEMA, ObjectKind.SEQUENCE,
            ObjectKind.EXTENSION, ObjectKind.MATERIALIZED_VIEW);
    /** Kinds PostgreSQL can create with OR REPLACE. */
    private static final Set<ObjectKind> OR_REPLACE = Set.of(ObjectKind.VIEW, ObjectKind.FUNCTION,
            ObjectKind.PROCEDURE);

    @Override
    public void check(StatementContext context, FindingSink sink) {
        if (context.inTransaction() || context.schemaBefore().inExplicitTransaction()) {
            return;
        }
        // a plain file's runner is unknown (psql -1 runs it in a transaction): a note there, a warning where the
        // framework is told to run the migration outside one
        Level level = context.layout().equals("plain") ? Level.NOTE : Level.WARNING;
        boolean laterStatement = context.index() + 1 < context.unitEnd();
        List<Statement> earlier = context.migrationStatements().subList(context.unitStart(), context.index());
        if (!laterStatement) {
            return;
        }
        for (Change c : context.statement().changes()) {
            if (c instanceof Change.CreateIndex ci && ci.concurrently() && !ci.ifNotExists() && ci.name() != null
                    && !droppedBefore(earlier, ci.name())) {
                sink.report(level, "CREATE INDEX CONCURRENTLY " + ci.name() + " runs outside a transaction: if a"
                                + " later statement of the migration fails, index " + ci.name() + " stays, and"
                                + " running the migration again fails on it",
                        "put DROP INDEX CONCURRENTLY IF EXISTS " + ci.name() + " before it: IF NOT EXISTS would"
                                + " also keep an INVALID index left by a failed build");
                continue;
            }
            String fix = fix(c, context, earlier);
            if (fix != null) {
                sink.report(level, c.summary() + " runs outside a transaction: if a later statement of the migration"
                                + " fails, it stays applied and running the migration again fails on it",
                        fix + ", so the migration can be run again after a failure");
            }
        }
    }

    /** What makes the change re-runnable, or null when it is (or cannot be made so with a clause). */
    private static String fix(Change c, StatementContext context, List<Statement> earlier) {
        if (c instanceof Change.CreateTable t && !t.ifNotExists() && !t.temporary()) {
            return droppedBefore(earlier, t.table().name()) ? null : "write CREATE TABLE IF NOT EXISTS";
        }
        if (c instanceof Change.CreateIndex i && !i.ifNotExists() && i.name() != null
                && PgVersion.atLeast(context, 9, 5)) {
            return droppedBefore(earlier, i.name()) ? null : "write CREATE INDEX IF NOT EXISTS";
        }
        if (c instanceof Change.AddColumn a && !a.ifNotExists() && PgVersion.atLeast(context, 9, 6)) {
            return "write ADD COLUMN IF NOT EXISTS";
        }
        if (c instanceof Change.AddConstraint a && a.constraint().name() != null) {
            return "put ALTER TABLE " + a.table() + " DROP CONSTRAINT IF EXISTS " + a.constraint().name()
                    + " before it";
        }
        if (c instanceof Change.CreateObject o && !o.ifNotExists() && !o.orReplace()) {
            if (IF_NOT_EXISTS.contains(o.kind())) {
                return droppedBefore(earlier, o.name().name()) ? null : "write CREATE " + keyword(o.kind())
                        + " IF NOT EXISTS";
            }
            if (OR_REPLACE.contains(o.kind())) {
                return "write CREATE OR REPLACE " + keyword(o.kind());
            }
            return null;
        }
        if (c instanceof Change.DropTable d && !d.ifExists()) {
            return "write DROP TABLE IF EXISTS";
        }
        if (c instanceof Change.DropIndex d && !d.ifExists()) {
            return "write DROP INDEX IF EXISTS";
        }
        if (c instanceof Change.DropColumn d && !d.ifExists()) {
            return "write DROP COLUMN IF EXISTS";
        }
        if (c instanceof Change.DropConstraint d && !d.ifExists()) {
            return "write DROP CONSTRAINT IF EXISTS";
        }
        if (c instanceof Change.DropObject d && !d.ifExists() && d.kind() != ObjectKind.OTHER) {
            return "write DROP " + keyword(d.kind()) + " IF EXISTS";
        }
        return null;
    }

    private static String keyword(ObjectKind kind) {
        return kind.label().toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether an earlier statement of the unit drops the object IF EXISTS (then the CREATE is re-runnable). */
    private static boolean droppedBefore(List<Statement> earlier, String name) {
        for (Statement s : earlier) {
            for (Change c : s.changes()) {
                Name dropped = c instanceof Change.DropIndex d && d.ifExists() ? d.name()
                        : c instanceof Change.DropTable d && d.ifExists() ? d.table()
                        : c instanceof Change.DropObject d && d.ifExists() ? d.name() : null;
                if (dropped != null && dropped.name().equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
