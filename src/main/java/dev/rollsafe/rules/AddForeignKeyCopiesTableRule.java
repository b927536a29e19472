package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;
import java.util.List;

/**
 * MySQL/MariaDB ALTER TABLE ... ADD FOREIGN KEY on an existing table while foreign_key_checks is on: InnoDB adds
 * a foreign key in place only with the checks off, so it copies the table and blocks writes meanwhile. A SET
 * foreign_key_checks = 0 earlier in the migration avoids the copy (the server then does not check the existing
 * rows). A statement whose ALGORITHM/LOCK clause rules the copy out fails instead (alter-algorithm-refused).
 */
@RuleInfo(id = "add-foreign-key-copies-table", level = Level.ERROR,
        summary = "foreign key added with foreign_key_checks on copies the table and blocks writes meanwhile",
        dialects = {Dialect.MYSQL, Dialect.MARIADB}, tags = {"locking"})
public final class AddForeignKeyCopiesTableRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        List<Change> changes = Contracts.of(context.statement().changes());
        if (AlterClauses.of(changes).forbidCopy() || ForeignKeyChecks.offBefore(context)) {
            return;
        }
        for (Change c : changes) {
            if (c instanceof Change.AddConstraint ac && ac.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY
                    && context.tableExistedBeforeMigration(ac.table())) {
                ConstraintDef fk = ac.constraint();
                String name = fk.name() == null ? "a foreign key" : "foreign key " + fk.name();
                String ref = fk.refTable() == null ? "" : " (referencing " + fk.refTable() + ")";
                sink.report("adding " + name + " on " + ac.table() + ref + " with foreign_key_checks on: "
                                + MySqlVersion.of(context).label() + " copies the whole table (ALGORITHM=COPY)"
                                + " and writes to " + ac.table().name() + " block until the copy ends",
                        "run SET SESSION foreign_key_checks = 0 before it in the migration (and = 1 after): the"
                                + " server then adds it in place with LOCK=NONE, but does not check the existing"
                                + " rows, so look for orphans first; or use pt-online-schema-change (gh-ost does not support foreign keys)");
                return;
            }
        }
    }
}
