package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.DataType;
import dev.rollsafe.model.Dialect;
import java.util.Optional;

/**
 * ALTER COLUMN TYPE rewrites the table (and rebuilds its indexes) under an ACCESS EXCLUSIVE lock unless the
 * new type is binary coercible from the old one without a check: {@code varchar(n)} to a longer
 * {@code varchar}, to {@code varchar} or {@code text}; {@code numeric(p,s)} to a larger precision with the same
 * scale or to {@code numeric}; {@code cidr} to {@code inet}. The old type comes from the replayed schema; a
 * column the replay never saw is left alone.
 */
@RuleInfo(id = "column-type-change-rewrites-table", level = Level.ERROR,
        summary = "ALTER COLUMN TYPE rewrites the whole table under an ACCESS EXCLUSIVE lock",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class ColumnTypeChangeRewritesTableRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.AlterColumnType act) || !context.tableExistedBeforeMigration(act.table())) {
                continue;
            }
            Optional<ColumnDef> old = context.schemaBefore().column(act.table(), act.column());
            if (old.isEmpty() || old.get().type() == null || act.type() == null) {
                continue;
            }
            DataType from = old.get().type();
            if (usingOnlyTheColumn(act) && noRewrite(from, act.type())) {
                continue;
            }
            sink.report("changing " + act.table() + "." + act.column() + " from " + from + " to " + act.type()
                            + " rewrites every row of " + act.table() + " and rebuilds its indexes under an ACCESS"
                            + " EXCLUSIVE lock: reads and writes wait until it is done",
                    "add a column of the new type, write to both from the code, backfill in batches, switch reads,"
                            + " then drop the old column in a later release");
        }
    }

    private static boolean usingOnlyTheColumn(Change.AlterColumnType act) {
        if (act.using() == null) {
            return true;
        }
        String u = act.using().strip().replace("\"", "");
        return u.equalsIgnoreCase(act.column());
    }

    /** True when PostgreSQL keeps the table's files for this change (the types are binary coercible unchecked). */
    static boolean noRewrite(DataType from, DataType to) {
        String a = from.canonical();
        String b = to.canonical();
        if (from.array() != to.array()) {
            return false;
        }
        if (a.equals(b) && same(from.args(), to.args())) {
            return true;
        }
        if (from.array()) {
            return false;
        }
        if (a.equals("varchar") && (b.equals("text") || b.equals("varchar") && widens(from.args(), to.args()))) {
            return true;
        }
        if (a.equals("text") && b.equals("varchar") && to.args() == null) {
            return true;
        }
        if (a.equals("varbit") && b.equals("varbit")) {
            return widens(from.args(), to.args());
        }
        if (a.equals("numeric") && b.equals("numeric")) {
            return numericWidens(from.args(), to.args());
        }
        return a.equals("cidr") && b.equals("inet");
    }

    private static boolean same(String x, String y) {
        return x == null ? y == null : x.equals(y);
    }

    /** A length limit that does not shrink: none at all, or at least the old one. */
    private static boolean widens(String from, String to) {
        if (to == null) {
            return true;
        }
        Integer f = number(from);
        Integer t = number(to);
        return f != null && t != null && t >= f;
    }

    private static boolean numericWidens(String from, String to) {
        if (to == null) {
            return true;
        }
        if (from == null) {
            return false;
        }
        String[] f = from.split(",");
        String[] t = to.split(",");
        Integer fp = number(f[0]);
        Integer tp = number(t[0]);
        Integer fs = f.length > 1 ? number(f[1]) : Integer.valueOf(0);
        Integer ts = t.length > 1 ? number(t[1]) : Integer.valueOf(0);
        return fp != null && tp != null && fs != null && fs.equals(ts) && tp >= fp;
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
