package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import java.util.ArrayList;
import java.util.List;

/** A statement's changes with procedural blocks opened: a DROP inside a DO block is a drop all the same. */
final class Contracts {
    private Contracts() {
    }

    static List<Change> of(List<Change> changes) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.ProceduralBlock b) {
                out.addAll(of(b.inner()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * True when inserts that omit the column fail once the statement has run: a NOT NULL column added without a
     * default, or with one that the same statement drops again (Django's AddField fills the existing rows with
     * the Python default and then drops it).
     */
    static boolean requiredAfter(List<Change> changes, Change.AddColumn add) {
        return add.column().requiredOnInsert() || defaultDroppedAgain(changes, add);
    }

    /**
     * The columns the statement adds to tables that existed before the migration and that every insert must name
     * from then on ({@link #requiredAfter}): what both required-column rules start from.
     */
    static List<Change.AddColumn> requiredColumnsOnExistingTables(StatementContext context) {
        List<Change> changes = of(context.statement().changes());
        List<Change.AddColumn> out = new java.util.ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.AddColumn add && requiredAfter(changes, add)
                    && !context.tableCreatedInThisMigration(add.table())) {
                out.add(add);
            }
        }
        return out;
    }

    /** True for a NOT NULL column added with a default that a later change of the same statement drops. */
    static boolean defaultDroppedAgain(List<Change> changes, Change.AddColumn add) {
        if (!add.column().notNull() || add.column().generated() || !add.column().hasDefault()) {
            return false;
        }
        for (Change c : changes) {
            if (c instanceof Change.DropDefault d && d.table().equals(add.table())
                    && d.column().equals(add.column().name())) {
                return true;
            }
        }
        return false;
    }
}
