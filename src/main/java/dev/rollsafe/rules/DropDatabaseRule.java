package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.ObjectKind;

/**
 * DROP DATABASE in a migration deletes every table of that database at once; PostgreSQL DROP SCHEMA ... CASCADE
 * deletes every object in the schema, and MySQL's DROP SCHEMA is DROP DATABASE. Nothing in a rolling deploy
 * needs either, and neither can be undone.
 */
@RuleInfo(id = "drop-database", level = Level.ERROR,
        summary = "DROP DATABASE or DROP SCHEMA ... CASCADE deletes every table in it at once",
        tags = {"destructive"})
public final class DropDatabaseRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        boolean mysql = context.dialect().isMySqlFamily();
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.DropObject d)) {
                continue;
            }
            if (d.kind() == ObjectKind.DATABASE || d.kind() == ObjectKind.SCHEMA && mysql) {
                sink.report((d.kind() == ObjectKind.SCHEMA ? "DROP SCHEMA " + d.name() + " is DROP DATABASE here: it"
                                : "dropping database " + d.name())
                                + " deletes every table in it with all its rows; running code loses its data at once",
                        "leave databases to operations, not migrations; drop the tables that are no longer used one"
                                + " at a time, once no running release reads them");
            } else if (d.kind() == ObjectKind.SCHEMA && d.cascade() && context.dialect() == Dialect.POSTGRESQL
                    && !createdInThisMigration(context, d)) {
                sink.report("DROP SCHEMA " + d.name() + " CASCADE deletes every table, view, function and type in"
                                + " schema " + d.name() + ", and whatever elsewhere depends on them",
                        "drop the objects that are no longer used one at a time (each once no running release uses"
                                + " it), then DROP SCHEMA without CASCADE, which refuses while anything is left");
            }
        }
    }

    /** A schema this migration created itself holds nothing older than the migration. */
    private static boolean createdInThisMigration(StatementContext context, Change.DropObject d) {
        return context.earlierStatements().stream().flatMap(s -> Contracts.of(s.changes()).stream())
                .anyMatch(c -> c instanceof Change.CreateObject co && co.kind() == ObjectKind.SCHEMA
                        && co.name().name().equalsIgnoreCase(d.name().name()));
    }
}
