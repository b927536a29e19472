package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import java.util.List;

/**
 * VACUUM FULL and CLUSTER write a new copy of the table and its indexes under an ACCESS EXCLUSIVE lock: no
 * query can read or write the table until the copy is done.
 */
@RuleInfo(id = "vacuum-full-or-cluster-rewrites-table", level = Level.ERROR,
        summary = "VACUUM FULL or CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock, blocking every query",
        dialects = Dialect.POSTGRESQL, tags = {"locking", "rewrite"})
public final class VacuumFullOrClusterRewritesTableRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.Neutral n)) {
                continue;
            }
            List<String> verb = List.of(n.verb().split(" "));
            boolean vacuumFull = verb.get(0).equals("vacuum") && verb.contains("full");
            boolean cluster = verb.get(0).equals("cluster");
            if (!vacuumFull && !cluster || n.target() != null && context.tableCreatedInThisMigration(n.target())) {
                continue;
            }
            String what = vacuumFull ? "VACUUM FULL" : "CLUSTER";
            String table = n.target() == null
                    ? (vacuumFull ? "every table of the database" : "every table clustered before")
                    : n.target().toString();
            boolean explicit = context.schemaBefore().inExplicitTransaction();
            boolean refused = vacuumFull && (context.inTransaction() || explicit);
            sink.report(what + " writes a new copy of " + table + " and its indexes under an ACCESS EXCLUSIVE lock:"
                            + " every read and write waits until the copy is done"
                            + (!refused ? "" : "; and VACUUM cannot run inside a transaction block, which "
                                    + (explicit ? "this statement stands in" : context.layout() + " runs this migration in")
                                    + ": the migration fails"),
                    "leave space reclaim and physical ordering out of migrations: run pg_repack or pg_squeeze"
                            + " (they rebuild the table online) at a quiet time, or plain VACUUM, which takes no"
                            + " lock that blocks reads or writes");
        }
    }
}
