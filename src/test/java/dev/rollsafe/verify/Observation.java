package dev.rollsafe.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the server did while one statement ran in an open transaction: the strongest table lock it held,
 * whether a table got a new relfilenode (a rewrite), whether a table was sequentially scanned, and the
 * SQLSTATE if it refused the statement, and the SQLSTATE of the first later statement (run after it in the same
 * transaction) that failed, or null.
 */
record Observation(String lock, Map<String, String> locksByTable, boolean rewrite, boolean scan, String refusedState,
                   String laterRefusedState) {

    /** PostgreSQL's table lock modes, weakest first. */
    static final List<String> MODES = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock",
            "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");

    Observation {
        locksByTable = Map.copyOf(locksByTable);
    }

    Observation(String lock, Map<String, String> locksByTable, boolean rewrite, boolean scan, String refusedState) {
        this(lock, locksByTable, rewrite, scan, refusedState, null);
    }

    static String stronger(String a, String b) {
        return a == null ? b : b == null ? a : MODES.indexOf(b) > MODES.indexOf(a) ? b : a;
    }

    /** The differences between this observation and the claim; empty when it holds. */
    List<String> mismatches(Claim claim) {
        List<String> out = new ArrayList<>();
        claim.fact("in-transaction").ifPresent(v -> {
            // 25001 active_sql_transaction: "... cannot run inside a transaction block"
            if (v.equals("refused") != "25001".equals(refusedState)) {
                out.add("in-transaction=" + v + " but the server " + (refusedState == null ? "ran it"
                        : "answered SQLSTATE " + refusedState));
            }
        });
        if (refusedState != null && claim.fact("in-transaction").isEmpty()) {
            out.add("the server refused the statement in a transaction (SQLSTATE " + refusedState + ")");
            return out;
        }
        claim.fact("use-in-transaction").ifPresent(v -> {
            // 55P04 unsafe_new_enum_value_usage: "unsafe use of new value ... of enum type ..."
            if (v.equals("refused") != "55P04".equals(laterRefusedState)) {
                out.add("use-in-transaction=" + v + " but the later statements " + (laterRefusedState == null
                        ? "ran" : "failed with SQLSTATE " + laterRefusedState));
            }
        });
        claim.fact("lock").ifPresent(v -> {
            // every table the statement locks is locked in the claimed mode (a foreign key locks both tables)
            if (locksByTable.isEmpty() || locksByTable.values().stream().anyMatch(m -> !m.equals(v))) {
                out.add("lock=" + v + " but the strongest lock held on each table was " + locksByTable);
            }
        });
        claim.fact("tables").ifPresent(v -> {
            if (!v.equals(String.valueOf(locksByTable.size()))) {
                out.add("tables=" + v + " but the statement locked " + locksByTable.keySet());
            }
        });
        claim.fact("rewrite").ifPresent(v -> {
            if (v.equals("yes") != rewrite) {
                out.add("rewrite=" + v + " but a table's relfilenode " + (rewrite ? "changed" : "stayed the same"));
            }
        });
        claim.fact("scan").ifPresent(v -> {
            if (v.equals("yes") != scan) {
                out.add("scan=" + v + " but the statement " + (scan ? "scanned" : "did not scan") + " a table");
            }
        });
        return out;
    }
}
