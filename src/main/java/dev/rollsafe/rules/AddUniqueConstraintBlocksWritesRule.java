package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;

/**
 * ADD UNIQUE or ADD PRIMARY KEY without USING INDEX, or ADD COLUMN with an inline UNIQUE or PRIMARY KEY, builds
 * the index while holding an ACCESS EXCLUSIVE lock on an existing table: reads and writes wait for the whole build.
 */
@RuleInfo(id = "add-unique-constraint-blocks-writes", level = Level.ERROR,
        summary = "ADD UNIQUE / PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class AddUniqueConstraintBlocksWritesRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (c instanceof Change.AddColumn add && (add.column().primaryKey() || add.column().unique())
                    && context.tableExistedBeforeMigration(add.table())) {
                String what = add.column().primaryKey() ? "PRIMARY KEY" : "UNIQUE";
                sink.report("adding column " + add.table() + "." + add.column().name() + " with " + what
                                + " builds its index under an ACCESS EXCLUSIVE lock: reads and writes on "
                                + add.table() + " wait until every row is indexed",
                        "add the column without " + what + ", fill it, CREATE UNIQUE INDEX CONCURRENTLY on it (in"
                                + " a migration of its own, outside a transaction), then ALTER TABLE ... ADD"
                                + " CONSTRAINT ... " + what + " USING INDEX that_index");
                continue;
            }
            if (!(c instanceof Change.AddConstraint ac) || !context.tableExistedBeforeMigration(ac.table())) {
                continue;
            }
            ConstraintDef k = ac.constraint();
            boolean unique = k.kind() == ConstraintDef.Kind.UNIQUE || k.kind() == ConstraintDef.Kind.PRIMARY_KEY;
            if (!unique || k.usingIndex() != null) {
                continue;
            }
            String what = k.kind() == ConstraintDef.Kind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
            sink.report("adding " + what + (k.name() == null ? "" : " " + k.name()) + " on " + ac.table()
                            + " builds its index under an ACCESS EXCLUSIVE lock: reads and writes on " + ac.table()
                            + " wait until every row is indexed",
                    "CREATE UNIQUE INDEX CONCURRENTLY first (in a migration of its own, outside a transaction), then"
                            + " ALTER TABLE ... ADD CONSTRAINT ... " + what + " USING INDEX that_index");
        }
    }
}
