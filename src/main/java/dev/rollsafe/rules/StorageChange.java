package dev.rollsafe.rules;

import dev.rollsafe.model.DataType;
import java.util.Locale;
import java.util.Map;

/**
 * Whether InnoDB must copy a table to change a column from one type to another. Only a few changes keep the
 * stored bytes: the same type, a VARCHAR widened without its length prefix growing from one byte to two, and
 * ENUM/SET members appended at the end. Everything else (INT to BIGINT, VARCHAR to TEXT, a narrower type, a
 * DECIMAL precision) rewrites every row.
 */
final class StorageChange {

    private static final Map<String, String> ALIASES = Map.of(
            "integer", "int", "bool", "tinyint", "boolean", "tinyint", "dec", "decimal", "numeric", "decimal",
            "character varying", "varchar", "character", "char", "real", "double", "double precision", "double");

    private static final java.util.Set<String> INTEGERS =
            java.util.Set.of("tinyint", "smallint", "mediumint", "int", "bigint");

    private StorageChange() {
    }

    /**
     * True when changing {@code from} to {@code to} needs a table copy on this server.
     * {@code bytesPerChar} is the table's character width (1 for latin1, 4 for utf8mb4).
     */
    static boolean copies(DataType from, DataType to, int bytesPerChar, MySqlVersion version) {
        String a = base(from);
        String b = base(to);
        if (a.equals(b) && (same(from.args(), to.args()) || INTEGERS.contains(a))) {
            return false; // an integer's display width is not stored
        }
        if (!a.equals(b)) {
            return true;
        }
        if (a.equals("varchar")) {
            Integer oldLength = length(from.args());
            Integer newLength = length(to.args());
            if (oldLength == null || newLength == null || newLength < oldLength) {
                return true;
            }
            boolean oldLong = oldLength * bytesPerChar > 255;
            boolean newLong = newLength * bytesPerChar > 255;
            return oldLong != newLong || !version.widensVarcharInPlace();
        }
        if (a.equals("enum") || a.equals("set")) {
            String oldArgs = from.args() == null ? "" : from.args();
            String newArgs = to.args() == null ? "" : to.args();
            return !(newArgs.startsWith(oldArgs) && version.appendsEnumInPlace());
        }
        return true;
    }

    private static String base(DataType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(name, name);
    }

    private static boolean same(String x, String y) {
        return x == null ? y == null : x.equalsIgnoreCase(y);
    }

    private static Integer length(String args) {
        try {
            return args == null ? null : Integer.valueOf(args.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
