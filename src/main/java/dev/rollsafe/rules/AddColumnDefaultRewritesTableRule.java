package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.Dialect;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ADD COLUMN with a volatile default (or a serial, identity or stored generated column) rewrites the whole
 * table under an ACCESS EXCLUSIVE lock; before PostgreSQL 11 any non-null default does.
 */
@RuleInfo(id = "add-column-default-rewrites-table", level = Level.ERROR,
        summary = "ADD COLUMN with a volatile default rewrites the whole table under an ACCESS EXCLUSIVE lock",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class AddColumnDefaultRewritesTableRule implements Rule {

    /** Built-in functions PostgreSQL marks VOLATILE that appear in column defaults. */
    private static final Pattern VOLATILE_CALL = Pattern.compile("(?i)\\b(random|gen_random_uuid|uuid_generate_v1"
            + "|uuid_generate_v1mc|uuid_generate_v4|clock_timestamp|timeofday|nextval|currval|lastval|setseed)\\s*\\(");

    @Override
    public void check(StatementContext context, FindingSink sink) {
        boolean fastDefaults = PgVersion.atLeast(context, 11, 0);
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.AddColumn ac) || !context.tableExistedBeforeMigration(ac.table())) {
                continue;
            }
            String why = rewriteReason(ac.column(), fastDefaults);
            if (why != null) {
                sink.report("adding " + ac.table() + "." + ac.column().name() + " " + why
                                + ": PostgreSQL rewrites every row of " + ac.table()
                                + " under an ACCESS EXCLUSIVE lock, so reads and writes wait until it is done",
                        fastDefaults
                                ? "add the column without a default (or with a constant one), set the default in a"
                                        + " second statement, and fill old rows in small batches"
                                : "add the column without a default, then SET DEFAULT in a second statement (new rows"
                                        + " only) and fill old rows in small batches");
            }
        }
    }


    /** Why adding this column rewrites the table, or null when it does not. */
    private static String rewriteReason(ColumnDef column, boolean fastDefaults) {
        if (column.generated()) {
            return "as a serial, identity or generated column (each row gets its own value)";
        }
        String def = column.defaultExpression();
        if (def == null || def.strip().equalsIgnoreCase("null")) {
            return null;
        }
        Matcher m = VOLATILE_CALL.matcher(def);
        if (m.find()) {
            return "with the volatile default " + m.group(1).toLowerCase(Locale.ROOT) + "()";
        }
        return fastDefaults ? null : "with a default (before PostgreSQL 11 every default is written into each row)";
    }
}
