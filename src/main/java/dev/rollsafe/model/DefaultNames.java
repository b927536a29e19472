package dev.rollsafe.model;

import java.util.List;
import java.util.function.Predicate;

/**
 * The names PostgreSQL and MySQL give unnamed constraints and indexes, so that a later
 * {@code DROP CONSTRAINT users_email_key} or {@code DROP INDEX email} finds them.
 *
 * <p>PostgreSQL: {@code <table>_pkey}, {@code <table>_<cols>_key|fkey|excl|idx}, {@code <table>_<col>_check},
 * an expression counts as {@code expr}; a taken name gets a number after the label ({@code _idx1}); names are
 * cut to 63 characters the way PostgreSQL cuts them (it counts bytes; this counts characters).
 * MySQL: {@code PRIMARY}; an index or UNIQUE key is named after its first column ({@code email},
 * then {@code email_2}); foreign keys {@code <table>_ibfk_<n>}, checks {@code <table>_chk_<n>}.
 */
final class DefaultNames {

    private static final int PG_NAME_MAX = 63;

    private DefaultNames() {
    }

    static String constraint(Dialect dialect, Table table, ConstraintDef def, Predicate<String> taken) {
        String t = table.name().name();
        if (dialect.isMySqlFamily()) {
            switch (def.kind()) {
                case PRIMARY_KEY:
                    return "PRIMARY";
                case UNIQUE:
                    return mysqlIndexName(def.columns(), taken);
                case FOREIGN_KEY:
                    return t + "_ibfk_" + nextNumber(table, t + "_ibfk_");
                case CHECK:
                    return t + "_chk_" + nextNumber(table, t + "_chk_");
                default:
                    break;
            }
        }
        switch (def.kind()) {
            case PRIMARY_KEY:
                return pgChoose(t, null, "pkey", taken);
            case UNIQUE:
                return pgChoose(t, pgColumns(def.columns()), "key", taken);
            case EXCLUDE:
                return pgChoose(t, pgColumns(def.columns()), "excl", taken);
            case FOREIGN_KEY:
                return pgChoose(t, pgColumns(def.columns()), "fkey", taken);
            case NOT_NULL:
                return pgChoose(t, pgColumns(def.columns()), "not_null", taken);
            case CHECK:
            default:
                return pgChoose(t, checkColumn(table, def), "check", taken);
        }
    }

    /** The name of an unnamed CREATE INDEX (MySQL: also of an unnamed KEY or UNIQUE in a table definition). */
    static String index(Dialect dialect, Table table, List<String> parts, Predicate<String> taken) {
        if (dialect.isMySqlFamily()) {
            return mysqlIndexName(parts, taken);
        }
        return pgChoose(table.name().name(), pgColumns(parts), "idx", taken);
    }

    /** PostgreSQL's ChooseRelationName: {@code name1_name2_label}, then {@code label1}, {@code label2}, ... */
    static String pgChoose(String name1, String name2, String label, Predicate<String> taken) {
        String candidate = pgMake(name1, name2, label);
        for (int pass = 1; taken.test(candidate); pass++) {
            candidate = pgMake(name1, name2, label + pass);
        }
        return candidate;
    }

    /** PostgreSQL's makeObjectName: shortens the longer of the two names until the whole fits in 63. */
    static String pgMake(String name1, String name2, String label) {
        int overhead = (label == null ? 0 : label.length() + 1) + (name2 == null ? 0 : 1);
        int available = PG_NAME_MAX - overhead;
        int n1 = name1.length();
        int n2 = name2 == null ? 0 : name2.length();
        while (n1 + n2 > available) {
            if (n1 > n2) {
                n1--;
            } else {
                n2--;
            }
        }
        StringBuilder sb = new StringBuilder(name1.substring(0, n1));
        if (name2 != null) {
            sb.append('_').append(name2, 0, n2);
        }
        if (label != null) {
            sb.append('_').append(label);
        }
        return sb.toString();
    }

    /** Key parts joined with {@code _}, an expression as {@code expr}; null when there are none. */
    private static String pgColumns(List<String> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            String col = ColumnRefs.plainColumn(p);
            if (sb.length() > 0) {
                sb.append('_');
            }
            sb.append(col == null ? "expr" : col);
        }
        return sb.length() > PG_NAME_MAX ? sb.substring(0, PG_NAME_MAX) : sb.toString();
    }

    /** The column PostgreSQL puts in a CHECK's name: the one column it refers to, else none. */
    private static String checkColumn(Table table, ConstraintDef def) {
        if (def.columns().size() == 1) {
            return def.columns().get(0);
        }
        if (def.columns().isEmpty() && def.expression() != null) {
            String found = null;
            for (ColumnDef c : table.columns()) {
                if (ColumnRefs.mentions(def.expression(), c.name())) {
                    if (found != null) {
                        return null;
                    }
                    found = c.name();
                }
            }
            return found;
        }
        return null;
    }

    private static String mysqlIndexName(List<String> parts, Predicate<String> taken) {
        String first = parts.isEmpty() ? null : ColumnRefs.plainColumn(parts.get(0));
        String base = first == null ? "functional_index" : first;
        if (!taken.test(base)) {
            return base;
        }
        int n = 2;
        while (taken.test(base + "_" + n)) {
            n++;
        }
        return base + "_" + n;
    }

    /** One more than the highest {@code prefix<n>} among the table's constraint names. */
    private static int nextNumber(Table table, String prefix) {
        int max = 0;
        for (ConstraintInfo c : table.constraintInfos()) {
            String n = c.name();
            if (n.startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(n.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // a name that only looks like a generated one
                }
            }
        }
        return max + 1;
    }
}
