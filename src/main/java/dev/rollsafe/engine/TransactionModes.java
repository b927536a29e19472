package dev.rollsafe.engine;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.ObjectKind;
import dev.rollsafe.model.Schema;
import dev.rollsafe.model.Statement;
import dev.rollsafe.rules.PgVersion;
import dev.rollsafe.source.Layout;
import java.util.List;

/**
 * Whether each deploy statement of a migration really runs inside a transaction: the one place that turns
 * the mode the layout declares (a segment's {@code transactional}) into the mode the server sees, once the
 * statement list is known. Every rule reads the result through {@code StatementContext.inTransaction()}.
 *
 * <ul>
 *   <li>Flyway (PostgreSQL) runs a migration whose statements all refuse a transaction block outside one by
 *       itself; a migration that mixes them with other statements it refuses (unless {@code mixed}), so those
 *       count as inside one.</li>
 *   <li>golang-migrate (PostgreSQL) sends the up file as one query string: with two or more statements
 *       PostgreSQL runs it as one implicit transaction; a single statement runs outside any.</li>
 *   <li>An explicit {@code BEGIN} before the statement (PostgreSQL) puts it in a transaction whatever the
 *       framework does.</li>
 * </ul>
 */
final class TransactionModes {

    private TransactionModes() {
    }

    /** The framework's mode for each of {@code deploy} (in order), before explicit BEGIN/COMMIT is counted. */
    static boolean[] framework(Layout layout, List<ParsedStatement> deploy, Dialect dialect, String dbVersion) {
        boolean[] modes = new boolean[deploy.size()];
        for (int i = 0; i < modes.length; i++) {
            modes[i] = deploy.get(i).transactional();
        }
        if (dialect != Dialect.POSTGRESQL || deploy.isEmpty()) {
            return modes;
        }
        boolean outside = switch (layout) {
            case FLYWAY -> deploy.stream().allMatch(s -> refusesTransactionBlock(s.statement(), dbVersion));
            case GOLANG_MIGRATE -> deploy.size() == 1;
            default -> false;
        };
        if (outside) {
            java.util.Arrays.fill(modes, false);
        }
        return modes;
    }

    /** The statement's effective mode: the framework's, or inside an explicit transaction it opened itself. */
    static boolean effective(boolean framework, Schema before, Dialect dialect) {
        // MySQL commits implicitly before DDL, so an explicit transaction does not hold a schema change there
        return framework || dialect == Dialect.POSTGRESQL && before.inExplicitTransaction();
    }

    /**
     * True when PostgreSQL refuses the statement inside a transaction block (SQLSTATE 25001): concurrent index
     * builds, drops and rebuilds, REINDEX SCHEMA/DATABASE/SYSTEM, VACUUM, ALTER SYSTEM, CREATE/DROP DATABASE and
     * TABLESPACE, and before 12 ALTER TYPE ... ADD VALUE. A statement rollsafe did not understand counts as
     * transactional, as does an empty one.
     */
    static boolean refusesTransactionBlock(Statement statement, String dbVersion) {
        if (statement.changes().isEmpty()) {
            return false;
        }
        for (Change c : statement.changes()) {
            if (!refuses(c, dbVersion)) {
                return false;
            }
        }
        return true;
    }

    private static boolean refuses(Change c, String dbVersion) {
        if (c instanceof Change.CreateIndex ci) {
            return ci.concurrently();
        } else if (c instanceof Change.DropIndex di) {
            return di.concurrently();
        } else if (c instanceof Change.Reindex ri) {
            return ri.concurrently() || ri.target().startsWith("schema ") || ri.target().startsWith("database ")
                    || ri.target().startsWith("system ");
        } else if (c instanceof Change.Neutral n) {
            return n.verb().equals("vacuum") || n.verb().startsWith("vacuum ") || n.verb().equals("alter system");
        } else if (c instanceof Change.CreateObject co) {
            return co.kind() == ObjectKind.DATABASE || co.kind() == ObjectKind.TABLESPACE;
        } else if (c instanceof Change.DropObject dob) {
            return dob.kind() == ObjectKind.DATABASE || dob.kind() == ObjectKind.TABLESPACE;
        } else if (c instanceof Change.AddEnumValue) {
            return PgVersion.of(dbVersion) < 1200;
        }
        return false;
    }
}
