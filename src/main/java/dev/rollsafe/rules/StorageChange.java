package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.DataType;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which ALTER TABLE changes InnoDB can only run by copying the table ({@link #copyReason}), and whether it must
 * copy a table to change a column from one type to another ({@link #copies}). Only a few changes keep the
 * stored bytes: the same type, a VARCHAR widened without its length prefix growing from one byte to two, and
 * ENUM/SET members appended at the end. Everything else (INT to BIGINT, VARCHAR to TEXT, a narrower type, a
 * DECIMAL precision) rewrites every row.
 */
final class StorageChange {

    private static final Map<String, String> ALIASES = Map.of(
            "integer", "int", "bool", "tinyint", "boolean", "tinyint", "dec", "decimal", "numeric", "decimal",
            "character varying", "varchar", "character", "char", "real", "double", "double precision", "double");

    private static final Set<String> INTEGERS =
            Set.of("tinyint", "smallint", "mediumint", "int", "bigint");

    private static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "enum", "set", "national char", "nchar", "nvarchar", "national varchar");

    private StorageChange() {
    }

    /**
     * Why InnoDB can run this change only with ALGORITHM=COPY on this server (a column type change that changes
     * the stored bytes, CONVERT TO CHARACTER SET of a table with text columns, DROP PRIMARY KEY without adding
     * one), or null when it needs no copy or rollsafe cannot tell. {@code statement} is every change of the
     * same ALTER TABLE. An explicit ALGORITHM=COPY and foreign keys are left to the rules that read them.
     */
    static String copyReason(Change c, List<Change> statement, StatementContext context, MySqlVersion version) {
        if (c instanceof Change.AlterTableOption o && o.option().equalsIgnoreCase("CONVERT TO CHARACTER SET")) {
            Optional<Table> known = context.schemaBefore().table(o.table());
            if (known.isPresent() && known.get().known() && known.get().columns().stream().noneMatch(
                    col -> col.type() != null && TEXT_TYPES.contains(base(col.type())))) {
                return null; // nothing to convert: InnoDB does it in place
            }
            return "CONVERT TO CHARACTER SET " + (o.value() == null ? "" : o.value().strip())
                    + " rewrites every text column";
        }
        if (c instanceof Change.DropConstraint d && d.kind() == ConstraintDef.Kind.PRIMARY_KEY
                && statement.stream().noneMatch(StorageChange::addsPrimaryKey)) {
            return "DROP PRIMARY KEY without adding another: InnoDB reorganises the rows by a hidden key";
        }
        if (c instanceof Change.RedefineColumn r) {
            Optional<Table> known = context.schemaBefore().table(r.table());
            Optional<ColumnDef> old = known.flatMap(t -> t.column(r.oldName()));
            if (old.isPresent() && old.get().type() != null && r.column().type() != null
                    && copies(old.get().type(), r.column().type(), bytesPerChar(known.get()), version)) {
                return "column " + r.oldName() + " changes from " + old.get().type() + " to " + r.column().type();
            }
        }
        return null;
    }

    static boolean addsPrimaryKey(Change c) {
        return c instanceof Change.AddConstraint a && a.constraint().kind() == ConstraintDef.Kind.PRIMARY_KEY;
    }

    /** The table an ALTER TABLE change works on, or null for changes that are not part of one. */
    static Name tableOf(Change c) {
        if (c instanceof Change.AlterTableOption o) {
            return o.table();
        }
        if (c instanceof Change.DropConstraint d) {
            return d.table();
        }
        if (c instanceof Change.RedefineColumn r) {
            return r.table();
        }
        if (c instanceof Change.AddConstraint a) {
            return a.table();
        }
        if (c instanceof Change.AddColumn a) {
            return a.table();
        }
        if (c instanceof Change.DropColumn d) {
            return d.table();
        }
        if (c instanceof Change.CreateIndex i) {
            return i.table();
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
