package dev.rollsafe.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the server did while one statement ran in an open transaction: the strongest table lock it held,
 * whether a table got a new relfilenode (a rewrite), whether a table was sequentially scanned, and the
 * SQLSTATE if it refused the statement, and the SQLSTATE of the first later statement (run after it in the same
 * transaction) that failed, or null; and the facts of other experiments ({@link #MEASURED}), by claim key.
 */
record Observation(String lock, Map<String, String> locksByTable, boolean rewrite, boolean scan, String refusedState,
                   String laterRefusedState, Map<String, String> measured) {

    /**
     * The claim facts measured by experiments beside the one statement in its transaction, each {@code yes}/{@code no}
     * unless said: {@code waits-behind-reader} and {@code waits-behind-writer} (the statement is still waiting for
     * its lock, {@code wait_event_type = Lock}, 300 ms after it started while another session's open transaction
     * holds ACCESS SHARE, from a SELECT, or ROW EXCLUSIVE, from a DELETE); {@code queues-reads} and
     * {@code queues-writes} (while it waits behind the writer, a SELECT, or a DELETE, from a third session waits
     * for a lock too, on the table it waits for; for a SELECT, behind the reader too where it waited there);
     * {@code gives-up} (the SQLSTATE it fails with while it waits behind the writer, or {@code no});
     * {@code with-rows} ({@code ok} or {@code refused-<SQLSTATE>}: the statement on the fixture's tables, rows
     * included); {@code old-insert} ({@code ok} or {@code refused-<SQLSTATE>}: after the statement ran on the
     * emptied table, an INSERT of a row the setup made, naming only the columns that existed before).
     * A yes/no fact may be claimed as {@code when-<LockMode>}: yes exactly when the statement's lock is at least
     * that strong.
     */
    static final Set<String> MEASURED = Set.of("waits-behind-reader", "waits-behind-writer", "queues-reads",
            "queues-writes", "gives-up", "with-rows", "old-insert");

    /** The facts compared from the statement's own transaction (and {@code since}, which the test compares). */
    private static final Set<String> OWN = Set.of("in-transaction", "use-in-transaction", "lock", "lock>=", "tables",
            "rewrite", "scan", "since", "earlier-statements");

    /** PostgreSQL's table lock modes, weakest first. */
    static final List<String> MODES = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock",
            "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");

    Observation {
        locksByTable = Map.copyOf(locksByTable);
        measured = Map.copyOf(measured);
    }

    Observation(String lock, Map<String, String> locksByTable, boolean rewrite, boolean scan, String refusedState) {
        this(lock, locksByTable, rewrite, scan, refusedState, null);
    }

    Observation(String lock, Map<String, String> locksByTable, boolean rewrite, boolean scan, String refusedState,
                String laterRefusedState) {
        this(lock, locksByTable, rewrite, scan, refusedState, laterRefusedState, Map.of());
    }

    /** This observation with one more measured fact. */
    Observation with(String key, String value) {
        Map<String, String> more = new HashMap<>(measured);
        more.put(key, value);
        return new Observation(lock, locksByTable, rewrite, scan, refusedState, laterRefusedState, more);
    }

    static boolean atLeast(String mode, String floor) {
        return mode != null && MODES.indexOf(mode) >= MODES.indexOf(floor);
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
        claim.fact("with-rows").ifPresent(v -> {
            String seen = refusedState == null ? "ok" : "refused-" + refusedState;
            if (!v.equals(seen)) {
                out.add("with-rows=" + v + " but on the fixture's tables, rows included, the statement gave " + seen);
            }
        });
        if (refusedState != null && claim.fact("in-transaction").isEmpty() && claim.fact("with-rows").isEmpty()) {
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
        claim.fact("lock>=").ifPresent(v -> {
            if (locksByTable.isEmpty() || locksByTable.values().stream().anyMatch(m -> !atLeast(m, v))) {
                out.add("lock>=" + v + " but the strongest lock held on each table was " + locksByTable);
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
        claim.facts().forEach((key, value) -> {
            if (OWN.contains(key) || key.equals("with-rows")) {
                return;
            }
            String seen = measured.get(key);
            if (seen == null) {
                out.add(key + "=" + value + " was not measured" + (MEASURED.contains(key) ? ""
                        : " (no experiment knows it; known: " + new java.util.TreeSet<>(MEASURED) + ")"));
                return;
            }
            boolean conditional = value.startsWith("when-");
            String expected = !conditional ? value : atLeast(lock, value.substring("when-".length())) ? "yes" : "no";
            if (!expected.equals(seen)) {
                out.add(key + "=" + value + (conditional ? " (" + expected + " for " + lock + ")" : "")
                        + " but the server showed " + key + "=" + seen);
            }
        });
        return out;
    }
}
