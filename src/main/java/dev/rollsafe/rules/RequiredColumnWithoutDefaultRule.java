package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import java.util.List;

/**
 * ADD COLUMN ... NOT NULL without a default on a table that existed before the migration. MySQL and MariaDB
 * fill the old rows with an implicit value ('' or 0) and then, in strict mode, refuse every INSERT that omits
 * the column (error 1364); PostgreSQL refuses the ALTER itself once the table has a row.
 */
@RuleInfo(id = "required-column-without-default", level = Level.ERROR,
        summary = "NOT NULL column without a default added to an existing table",
        tags = {"expand-contract"})
public final class RequiredColumnWithoutDefaultRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        List<Change> changes = Contracts.of(context.statement().changes());
        for (Change.AddColumn add : Contracts.requiredColumnsOnExistingTables(context)) {
            String column = add.table().name() + "." + add.column().name();
            if (Contracts.defaultDroppedAgain(changes, add)) {
                sink.report("required column " + column + " (NOT NULL) is added with a default that fills the "
                                + "existing rows and is dropped again at once (as Django's AddField does with a "
                                + "Python default): every INSERT that omits the column fails from then on",
                        "add the column as nullable (null=True) or keep a database default (Django 5's db_default=), "
                                + "ship code that writes it, backfill, and only then make it NOT NULL");
                continue;
            }
            String what = context.dialect() == Dialect.POSTGRESQL
                    ? "fails with \"column contains null values\" once " + add.table().name() + " has a row"
                    : "gives the old rows an implicit value, and every INSERT that omits it fails in strict mode "
                            + "(error 1364, field doesn't have a default value)";
            sink.report("required column " + column + " (NOT NULL, no default) " + what,
                    "add the column with a DEFAULT or as nullable, backfill it, ship code that writes it, and "
                            + "only then make it NOT NULL");
        }
    }
}
