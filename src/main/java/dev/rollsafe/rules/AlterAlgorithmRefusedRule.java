package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import java.util.List;

/**
 * A MySQL/MariaDB ALTER TABLE whose ALGORITHM= or LOCK= clause asks for something the server cannot do for this
 * change: it refuses the statement (error 1845/1846, or an unknown keyword on older servers) and the migration
 * fails in production. Only changes whose needs rollsafe knows are judged: the copy-only changes of
 * {@link StorageChange}, a foreign key added with foreign_key_checks on, indexes and primary keys (never
 * instant), FULLTEXT and SPATIAL indexes (never LOCK=NONE), DROP COLUMN and ADD COLUMN FIRST/AFTER before they
 * became instant, and ALGORITHM
 * keywords the version does not know.
 */
@RuleInfo(id = "alter-algorithm-refused", level = Level.ERROR,
        summary = "ALTER TABLE with an ALGORITHM or LOCK clause the server cannot honour for the change, so it fails",
        dialects = {Dialect.MYSQL, Dialect.MARIADB}, tags = {"locking", "failure"})
public final class AlterAlgorithmRefusedRule implements Rule {

    private record Refusal(String why, String instead) {
    }

    @Override
    public void check(StatementContext context, FindingSink sink) {
        List<Change> changes = Contracts.of(context.statement().changes());
        AlterClauses clauses = AlterClauses.of(changes);
        if (clauses.algorithm() == null && clauses.lock() == null) {
            return;
        }
        Name table = changes.stream().map(StorageChange::tableOf).filter(t -> t != null).findFirst().orElse(null);
        if (table == null) {
            return;
        }
        MySqlVersion version = MySqlVersion.of(context);
        Refusal refusal = unknownKeyword(clauses.algorithm(), version);
        for (int i = 0; refusal == null && i < changes.size(); i++) {
            refusal = refusal(changes.get(i), changes, clauses, context, version);
        }
        if (refusal != null) {
            sink.report("ALTER TABLE " + table.name() + " asks for " + clauses.text() + ", which "
                            + version.label() + " cannot honour: " + refusal.why()
                            + "; the server refuses the statement and the migration fails",
                    refusal.instead());
        }
    }

    private static Refusal unknownKeyword(String algorithm, MySqlVersion version) {
        if ("INSTANT".equals(algorithm) && !version.knowsInstant()) {
            return new Refusal("ALGORITHM=INSTANT exists only since " + (version.mariaDb() ? "MariaDB 10.3" : "MySQL 8.0.12"),
                    "use ALGORITHM=INPLACE, LOCK=NONE (writes go on while it runs)");
        }
        if ("NOCOPY".equals(algorithm) && !version.knowsNocopy()) {
            return new Refusal("ALGORITHM=NOCOPY exists only in MariaDB 10.3 and later",
                    "use ALGORITHM=INPLACE, LOCK=NONE (writes go on while it runs)");
        }
        return null;
    }

    private static Refusal refusal(Change c, List<Change> changes, AlterClauses clauses, StatementContext context,
                                   MySqlVersion version) {
        String algorithm = clauses.algorithm();
        String copy = copyOnly(c, changes, context, version);
        if (copy != null && clauses.forbidCopy()) {
            return new Refusal(copy + " needs ALGORITHM=COPY, LOCK=SHARED at best (writes wait for the whole copy)",
                    "for a big table use gh-ost or pt-online-schema-change (or expand and contract); for a small"
                            + " one write ALGORITHM=COPY, LOCK=SHARED to accept the copy knowingly");
        }
        if (c instanceof Change.CreateIndex i && "NONE".equals(clauses.lock())
                && ("fulltext".equals(i.method()) || "spatial".equals(i.method()))) {
            return new Refusal("a " + i.method().toUpperCase(java.util.Locale.ROOT)
                            + " index is built with LOCK=SHARED at best (writes wait while it is built)",
                    "for a big table build it with gh-ost or pt-online-schema-change; otherwise write LOCK=SHARED"
                            + " to accept that writes wait");
        }
        boolean instant = "INSTANT".equals(algorithm);
        boolean nocopy = "NOCOPY".equals(algorithm);
        if (!instant && !nocopy) {
            return null;
        }
        if (c instanceof Change.AddConstraint a && a.constraint().kind() == ConstraintDef.Kind.PRIMARY_KEY) {
            return new Refusal("a new primary key rebuilds the table in place, never " + algorithm,
                    "use ALGORITHM=INPLACE, LOCK=NONE (writes go on while it rebuilds)");
        }
        if (instant && c instanceof Change.AddColumn a && hasFulltextIndex(context, a.table())) {
            return new Refusal(a.table().name() + " has a FULLTEXT index, and InnoDB adds no column instantly to such"
                            + " a table", "use ALGORITHM=INPLACE, LOCK=NONE (writes go on while it rebuilds)");
        }
        if (instant && c instanceof Change.AddColumn a && a.position() != null && !version.addsColumnAnywhereInstantly()) {
            return new Refusal("ADD COLUMN " + a.column().name() + " " + a.position() + " is instant only at the end"
                            + " of the table before " + (version.mariaDb() ? "MariaDB 10.4" : "MySQL 8.0.29"),
                    "add the column at the end (drop " + a.position() + ") to keep ALGORITHM=INSTANT, or use"
                            + " ALGORITHM=INPLACE, LOCK=NONE (writes go on while it rebuilds)");
        }
        if (c instanceof Change.DropColumn d && !version.dropsColumnInstantly()) {
            return new Refusal("DROP COLUMN " + d.column() + " rebuilds the table in place (instant only since "
                            + (version.mariaDb() ? "MariaDB 10.4" : "MySQL 8.0.29") + ")",
                    "use ALGORITHM=INPLACE, LOCK=NONE (writes go on while it rebuilds)");
        }
        if (instant && (c instanceof Change.CreateIndex
                || c instanceof Change.AddConstraint a && a.constraint().kind() == ConstraintDef.Kind.UNIQUE)) {
            return new Refusal("building an index is never instant",
                    "use ALGORITHM=INPLACE, LOCK=NONE" + (version.knowsNocopy() ? " (or NOCOPY)" : "")
                            + ": the index is built while writes go on");
        }
        return null;
    }

    private static boolean hasFulltextIndex(StatementContext context, Name table) {
        return context.schemaBefore().table(table)
                .map(t -> t.indexes().stream().anyMatch(i -> "fulltext".equals(i.method())))
                .orElse(false);
    }

    /** Why this change can only copy the table, or null. */
    private static String copyOnly(Change c, List<Change> changes, StatementContext context, MySqlVersion version) {
        if (c instanceof Change.AddConstraint a && a.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY
                && !ForeignKeyChecks.offBefore(context)) {
            return "adding a foreign key with foreign_key_checks on";
        }
        return StorageChange.copyReason(c, changes, context, version);
    }
}
