package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An ALTER TABLE that MySQL or MariaDB can run only with ALGORITHM=COPY: the server builds a new copy of the
 * table and blocks writes for the whole copy. Changes whose stored bytes stay the same (ADD INDEX, an instant
 * ADD COLUMN, a VARCHAR widened within its length prefix) run in place and do not fire.
 */
@RuleInfo(id = "alter-copies-table", level = Level.ERROR,
        summary = "ALTER TABLE that copies the whole table and blocks writes meanwhile",
        dialects = {Dialect.MYSQL, Dialect.MARIADB}, tags = {"locking"})
public final class AlterCopiesTableRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        List<Change> changes = Contracts.of(context.statement().changes());
        MySqlVersion version = MySqlVersion.of(context);
        List<String> reasons = new ArrayList<>();
        Name table = null;
        boolean addsPrimaryKey = changes.stream().anyMatch(c -> c instanceof Change.AddConstraint a
                && a.constraint().kind() == ConstraintDef.Kind.PRIMARY_KEY);
        for (Change c : changes) {
            Name on = tableOf(c);
            if (on == null || context.tableCreatedInThisMigration(on)) {
                continue;
            }
            String reason = reason(c, context, version, addsPrimaryKey);
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

    private static String reason(Change c, StatementContext context, MySqlVersion version, boolean addsPrimaryKey) {
        if (c instanceof Change.AlterTableOption o) {
            String option = o.option().toUpperCase(Locale.ROOT);
            String value = o.value() == null ? "" : o.value().strip().toUpperCase(Locale.ROOT);
            if (option.equals("ALGORITHM") && value.startsWith("COPY")) {
                return "ALGORITHM=COPY";
            }
            if (option.equals("CONVERT TO CHARACTER SET")) {
                return "CONVERT TO CHARACTER SET " + o.value().strip() + " rewrites every text column";
            }
            return null;
        }
        if (c instanceof Change.DropConstraint d && d.kind() == ConstraintDef.Kind.PRIMARY_KEY && !addsPrimaryKey) {
            return "DROP PRIMARY KEY without adding another: InnoDB reorganises the rows by a hidden key";
        }
        if (c instanceof Change.RedefineColumn r) {
            Optional<Table> known = context.schemaBefore().table(r.table());
            Optional<ColumnDef> old = known.flatMap(t -> t.column(r.oldName()));
            if (old.isPresent() && old.get().type() != null && r.column().type() != null
                    && StorageChange.copies(old.get().type(), r.column().type(), bytesPerChar(known.get()), version)) {
                return "column " + r.oldName() + " changes from " + old.get().type() + " to " + r.column().type();
            }
        }
        return null;
    }

    private static Name tableOf(Change c) {
        if (c instanceof Change.AlterTableOption o) {
            return o.table();
        }
        if (c instanceof Change.DropConstraint d) {
            return d.table();
        }
        if (c instanceof Change.RedefineColumn r) {
            return r.table();
        }
        return null;
    }

    /** The table's widest bytes per character: utf8mb4 (4) unless its options say a one-byte set. */
    private static int bytesPerChar(Table table) {
        for (String key : List.of("charset", "character set", "default charset", "default character set")) {
            Optional<String> set = table.option(key);
            if (set.isPresent()) {
                String name = set.get().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("latin") || name.equals("ascii") || name.equals("binary")) {
                    return 1;
                }
                if (name.startsWith("utf8mb3") || name.equals("utf8")) {
                    return 3;
                }
                return 4;
            }
        }
        return 4;
    }
}
