package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;

/**
 * ADD FOREIGN KEY without NOT VALID checks every existing row while it holds a SHARE ROW EXCLUSIVE lock on
 * both tables (ACCESS EXCLUSIVE before 9.5): writes to either wait for the whole scan.
 */
@RuleInfo(id = "add-foreign-key-blocks-writes", level = Level.ERROR,
        summary = "foreign key added without NOT VALID blocks writes to both tables while every row is checked",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class AddForeignKeyBlocksWritesRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (c instanceof Change.AddConstraint ac && !ac.notValid()
                    && ac.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY
                    && context.tableExistedBeforeMigration(ac.table())) {
                ConstraintDef fk = ac.constraint();
                String name = fk.name() == null ? "a foreign key" : "foreign key " + fk.name();
                String ref = fk.refTable() == null ? "" : " and " + fk.refTable();
                String lock = PgVersion.atLeast(context, 9, 5) ? "a SHARE ROW EXCLUSIVE" : "an ACCESS EXCLUSIVE";
                sink.report("adding " + name + " on " + ac.table() + " checks every existing row under " + lock
                                + " lock on " + ac.table() + ref + ": writes wait until the check is done",
                        "add it with NOT VALID (new rows are checked at once), then run ALTER TABLE ... VALIDATE"
                                + " CONSTRAINT in a later statement or migration, which lets writes go on",
                        Fixes.notValidThenValidate(context, ac));
            }
        }
    }
}
