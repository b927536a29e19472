package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;

/** ADD CHECK without NOT VALID scans the whole table under an ACCESS EXCLUSIVE lock. */
@RuleInfo(id = "add-check-blocks-writes", level = Level.ERROR,
        summary = "check constraint added without NOT VALID locks the table while every row is checked",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class AddCheckBlocksWritesRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (c instanceof Change.AddConstraint ac && !ac.notValid()
                    && ac.constraint().kind() == ConstraintDef.Kind.CHECK
                    && context.tableExistedBeforeMigration(ac.table())) {
                String name = ac.constraint().name() == null ? "a check constraint"
                        : "check constraint " + ac.constraint().name();
                sink.report("adding " + name + " on " + ac.table() + " checks every existing row under an ACCESS"
                                + " EXCLUSIVE lock on " + ac.table() + ": reads and writes wait until it is done",
                        "add it with NOT VALID, then run ALTER TABLE ... VALIDATE CONSTRAINT in a later statement"
                                + " or migration, which takes a lock that lets reads and writes go on",
                        Fixes.notValidThenValidate(context, ac));
            }
        }
    }
}
