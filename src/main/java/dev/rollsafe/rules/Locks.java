package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Name;

/** Which table a change locks against writes, and in which PostgreSQL mode: shared by the locking rules. */
final class Locks {
    private Locks() {
    }

    /**
     * The table whose writes the change blocks while it waits for its lock and while it runs (PostgreSQL ACCESS
     * EXCLUSIVE, SHARE or SHARE ROW EXCLUSIVE; MySQL/MariaDB an exclusive metadata lock), or null.
     */
    static Name writesBlocked(Change c) {
        if (c instanceof Change.CreateIndex i) {
            return i.concurrently() ? null : i.table();
        }
        if (c instanceof Change.DropIndex d) {
            return d.concurrently() ? null : d.table();
        }
        if (c instanceof Change.ValidateConstraint) {
            return null; // SHARE UPDATE EXCLUSIVE: writes go on
        }
        if (c instanceof Change.AddColumn a) {
            return a.table();
        }
        if (c instanceof Change.DropColumn d) {
            return d.table();
        }
        if (c instanceof Change.RenameColumn r) {
            return r.table();
        }
        if (c instanceof Change.AlterColumnType t) {
            return t.table();
        }
        if (c instanceof Change.RedefineColumn r) {
            return r.table();
        }
        if (c instanceof Change.SetNotNull s) {
            return s.table();
        }
        if (c instanceof Change.DropNotNull s) {
            return s.table();
        }
        if (c instanceof Change.SetDefault s) {
            return s.table();
        }
        if (c instanceof Change.DropDefault s) {
            return s.table();
        }
        if (c instanceof Change.AddConstraint a) {
            return a.table();
        }
        if (c instanceof Change.DropConstraint d) {
            return d.table();
        }
        if (c instanceof Change.RenameTable r) {
            return r.from();
        }
        if (c instanceof Change.DropTable d) {
            return d.table();
        }
        if (c instanceof Change.AlterTableOption o) {
            return o.table();
        }
        if (c instanceof Change.Truncate t) {
            return t.tables().isEmpty() ? null : t.tables().get(0);
        }
        return null;
    }

    /** The PostgreSQL lock mode a change that {@link #writesBlocked} names takes, for messages. */
    static String postgresMode(Change c) {
        if (c instanceof Change.CreateIndex) {
            return "SHARE";
        }
        if (c instanceof Change.AddConstraint a && a.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY) {
            return "SHARE ROW EXCLUSIVE";
        }
        return "ACCESS EXCLUSIVE";
    }
}
