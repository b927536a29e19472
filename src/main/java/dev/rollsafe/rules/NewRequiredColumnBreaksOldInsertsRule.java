package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.release.ReleaseReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A NOT NULL column without a default, added to a table that a release in the deploy window inserts into:
 * every insert of that release fails once the migration has run (its rows do not name the new column).
 */
@RuleInfo(id = "new-required-column-breaks-old-inserts", level = Level.ERROR,
        summary = "required column added to a table that a release still serving traffic inserts into",
        tags = {"expand-contract"})
public final class NewRequiredColumnBreaksOldInsertsRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change.AddColumn add : Contracts.requiredColumnsOnExistingTables(context)) {
            String table = add.table().name();
            String column = add.column().name();
            List<ReleaseReference> old = new ArrayList<>();
            for (ReleaseReference r : context.references().inserts(table)) {
                // the code being checked is the new code: it is the releases still serving that insert the old way
                if (!r.release().equals(ReleaseReference.HEAD) && context.references().toColumn(table, column)
                        .stream().noneMatch(x -> x.release().equals(r.release()))) {
                    old.add(r);
                }
            }
            if (!old.isEmpty()) {
                sink.report(context.statement().span(), "required column " + table + "." + column
                                + (add.column().hasDefault() ? " (NOT NULL, its default dropped again)" : " (NOT NULL, no default)")
                                + " breaks the inserts of "
                                + ContractWhileReferencedRule.releases(old) + ", which do not set it",
                        "add the column as nullable or with a default, ship code that writes it, backfill, "
                                + "and set NOT NULL in a later release",
                        ContractWhileReferencedRule.evidence(old));
            }
        }
    }
}
