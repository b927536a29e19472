package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;

/**
 * ADD CONSTRAINT ... EXCLUDE builds its index and checks every row while holding an ACCESS EXCLUSIVE lock on an
 * existing table; unlike CHECK or FOREIGN KEY there is no NOT VALID, and unlike UNIQUE no USING INDEX.
 */
@RuleInfo(id = "add-exclusion-constraint-blocks-queries", level = Level.ERROR,
        summary = "ADD EXCLUDE builds its index under an ACCESS EXCLUSIVE lock, with no online alternative",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class AddExclusionConstraintBlocksQueriesRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (c instanceof Change.AddConstraint ac && ac.constraint().kind() == ConstraintDef.Kind.EXCLUDE
                    && context.tableExistedBeforeMigration(ac.table())) {
                String name = ac.constraint().name() == null ? "" : " " + ac.constraint().name();
                sink.report("adding exclusion constraint" + name + " on " + ac.table() + " builds its index and"
                                + " checks every row under an ACCESS EXCLUSIVE lock: reads and writes on " + ac.table()
                                + " wait until it is done",
                        "PostgreSQL has no online way to add an exclusion constraint (no NOT VALID, no USING INDEX):"
                                + " add it when the table is created, or at a quiet time with a short lock_timeout;"
                                + " on a large table, build a new table with the constraint and move the rows");
            }
        }
    }
}
