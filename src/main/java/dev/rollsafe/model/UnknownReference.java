package dev.rollsafe.model;

import java.util.Locale;

/**
 * A change that referred to something the replayed schema did not know (ALTER of a table no migration
 * created, DROP COLUMN of a column the table does not have, ...). The replay never throws on these: it
 * records them so a rule can say so. {@code table} is the table involved, or null; {@code name} the
 * missing object's name (the table's own name for {@link What#TABLE}).
 */
public record UnknownReference(What what, Name table, String name, Change change) {

    public enum What { TABLE, COLUMN, CONSTRAINT, INDEX, OBJECT, ENUM_TYPE, ENUM_VALUE }

    /** For example {@code table users is not known to the replayed schema}. */
    public String message() {
        String label = what == What.OBJECT && change instanceof Change.DropObject d ? d.kind().label()
                : what == What.OBJECT && change instanceof Change.RenameObject r ? r.kind().label()
                : what == What.OBJECT && change instanceof Change.AlterObject a ? a.kind().label()
                : what.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String where = table == null || what == What.TABLE ? "" : " of table " + table;
        return label + " " + name + where + " is not known to the replayed schema";
    }
}
