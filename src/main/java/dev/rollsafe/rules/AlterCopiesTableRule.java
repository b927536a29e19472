package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ALTER TABLE that MySQL or MariaDB can run only with ALGORITHM=COPY: the server builds a new copy of the
 * table and blocks writes for the whole copy. Changes whose stored bytes stay the same (ADD INDEX, an instant
 * ADD COLUMN, a VARCHAR widened within its length prefix) run in place and do not fire. Which changes copy is
 * {@link StorageChange}'s knowledge; foreign keys are add-foreign-key-copies-table's, and a statement whose
 * ALGORITHM/LOCK clause rules a copy out fails instead (alter-algorithm-refused).
 */
@RuleInfo(id = "alter-copies-table", level = Level.ERROR,
        summary = "ALTER TABLE that copies the whole table and blocks writes meanwhile",
        dialects = {Dialect.MYSQL, Dialect.MARIADB}, tags = {"locking"})
public final class AlterCopiesTableRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        List<Change> changes = Contracts.of(context.statement().changes());
        if (AlterClauses.of(changes).forbidCopy()) {
            return;
        }
        MySqlVersion version = MySqlVersion.of(context);
        List<String> reasons = new ArrayList<>();
        Name table = null;
        for (Change c : changes) {
            Name on = StorageChange.tableOf(c);
            if (on == null || context.tableCreatedInThisMigration(on)) {
                continue;
            }
            String reason = explicitCopy(c) ? "ALGORITHM=COPY" : StorageChange.copyReason(c, changes, context, version);
            if (reason != null) {
                table = on;
                reasons.add(reason);
            }
        }
        if (!reasons.isEmpty()) {
            sink.report("ALTER TABLE " + table.name() + " copies the whole table (" + String.join(", ", reasons)
                            + "): writes to " + table.name() + " block until the copy ends",
                    "use an online schema change tool (gh-ost, pt-online-schema-change), or expand and "
                            + "contract: add a new column or table, backfill in batches, switch the code, drop the old");
        }
    }

    private static boolean explicitCopy(Change c) {
        return c instanceof Change.AlterTableOption o && o.option().equalsIgnoreCase("ALGORITHM")
                && o.value() != null && o.value().strip().toUpperCase(Locale.ROOT).startsWith("COPY");
    }
}
