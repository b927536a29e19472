package dev.rollsafe.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one statement on connection A in an open transaction, in a fresh schema prepared with the fixture's
 * setup and earlier statements, and watches it from connection B ({@code pg_locks}) and from A itself
 * ({@code pg_class.relfilenode}, {@code pg_stat_xact_user_tables}); or runs it beside other sessions
 * ({@link #contend}), or before an old release's insert ({@link #oldInsert}). Everything is rolled back and the
 * schema dropped afterwards.
 */
final class Probe {
    private final Connection a;
    private final Connection b;

    Probe(Connection a, Connection b) {
        this.a = a;
        this.b = b;
    }

    Observation run(String schema, List<String> before, String statement) throws SQLException {
        return run(schema, before, statement, List.of());
    }

    /**
     * As {@link #run(String, List, String)}, and then runs {@code later} in the same transaction, recording the
     * SQLSTATE of the first one that fails.
     */
    Observation run(String schema, List<String> before, String statement, List<String> later) throws SQLException {
        prepare(schema, before);
        try {
            int pid = pid(a);
            a.setAutoCommit(false);
            try {
                // inside the transaction: the backend's unflushed counts from the setup are in the baseline
                Map<String, Long> filesBefore = relfilenodes(schema);
                long scansBefore = seqScans(schema);
                try {
                    exec(a, statement);
                } catch (SQLException e) {
                    return new Observation(null, Map.of(), false, false, e.getSQLState());
                }
                Map<String, String> locks = locks(pid, schema);
                String strongest = null;
                for (String mode : locks.values()) {
                    strongest = Observation.stronger(strongest, mode);
                }
                boolean rewrite = !relfilenodes(schema).equals(filesBefore);
                boolean scan = seqScans(schema) > scansBefore;
                return new Observation(strongest, locks, rewrite, scan, null, firstFailure(later));
            } finally {
                a.rollback();
                a.setAutoCommit(true);
            }
        } finally {
            drop(schema);
        }
    }

    /**
     * What the statement does while another session's transaction, left open, holds a lock on {@code tables}:
     * ACCESS SHARE from a {@code SELECT} ({@code reader}) or ROW EXCLUSIVE from a {@code DELETE ... WHERE false}
     * (the lock every INSERT, UPDATE and DELETE takes). Whether it is still waiting for a lock after 300 ms; if so,
     * whether a {@code SELECT} and then a {@code DELETE ... WHERE false} from third sessions, on the table it waits
     * for ({@code pg_locks}), wait
     * for a lock too (queued behind it); and how it ended while the holder held on, waiting at most
     * {@code giveUpWithin}: {@code ok}, the SQLSTATE it failed with, or {@code waiting}. Then the holder lets go,
     * everything ends and is rolled back.
     */
    Contention contend(String schema, List<String> before, String statement, List<String> tables, boolean reader,
                       Duration giveUpWithin) throws SQLException {
        prepare(schema, before);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (Connection holder = PgServer.connect(); Connection reading = PgServer.connect();
             Connection writing = PgServer.connect()) {
            holder.setAutoCommit(false);
            for (String t : tables) {
                exec(holder, reader ? "SELECT * FROM " + quote(schema, t) + " LIMIT 1"
                        : "DELETE FROM " + quote(schema, t) + " WHERE false");
            }
            int pid = pid(a);
            a.setAutoCommit(false);
            Future<String> migration = pool.submit(() -> outcome(a, statement));
            List<Future<String>> thirds = new ArrayList<>();
            try {
                boolean waited = waitsForLock(pid, migration);
                boolean readQueued = false;
                boolean writeQueued = false;
                if (waited) {
                    String first = quote(schema, awaited(pid).orElse(tables.get(0)));
                    int readerPid = pid(reading);
                    thirds.add(pool.submit(() -> outcome(reading, "SELECT * FROM " + first + " LIMIT 1")));
                    readQueued = waitsForLock(readerPid, thirds.get(0));
                    int writerPid = pid(writing);
                    thirds.add(pool.submit(() -> outcome(writing, "DELETE FROM " + first + " WHERE false")));
                    writeQueued = waitsForLock(writerPid, thirds.get(1));
                }
                return new Contention(waited, readQueued, writeQueued, endedWithin(migration, giveUpWithin));
            } finally {
                holder.rollback();
                finish(migration, pid);
                a.rollback();
                a.setAutoCommit(true);
                for (Future<String> f : thirds) {
                    finish(f, -1);
                }
            }
        } finally {
            pool.shutdownNow();
            drop(schema);
        }
    }

    /**
     * What an INSERT of the old release does after the statement: in a transaction, one row of {@code table} is kept
     * aside, the table emptied, the statement run (on an empty table, as on a fresh test database), and the kept row
     * inserted again naming only the columns that existed before it (those it may name: not generated, not
     * {@code GENERATED ALWAYS AS IDENTITY}). {@code ok}, {@code refused-<SQLSTATE>}, {@code no-row} when the setup
     * left the table empty, or {@code statement-refused-<SQLSTATE>}.
     */
    String oldInsert(String schema, List<String> before, String statement, String table) throws SQLException {
        prepare(schema, before);
        try {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement ps = a.prepareStatement("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = ? AND table_name = ? AND is_generated = 'NEVER'"
                    + " AND NOT (is_identity = 'YES' AND identity_generation = 'ALWAYS') ORDER BY ordinal_position")) {
                ps.setString(1, schema);
                ps.setString(2, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.add('"' + rs.getString(1).replace("\"", "\"\"") + '"');
                    }
                }
            }
            String t = quote(schema, table);
            a.setAutoCommit(false);
            try {
                exec(a, "CREATE TEMP TABLE rollsafe_old_row ON COMMIT DROP AS SELECT * FROM " + t + " LIMIT 1");
                try (Statement s = a.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM rollsafe_old_row")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return "no-row";
                    }
                }
                exec(a, "DELETE FROM " + t);
                String ran = outcome(a, statement);
                if (!ran.equals("ok")) {
                    return "statement-refused-" + ran;
                }
                String names = String.join(", ", columns);
                String inserted = outcome(a, "INSERT INTO " + t + " (" + names + ") SELECT " + names
                        + " FROM rollsafe_old_row");
                return inserted.equals("ok") ? "ok" : "refused-" + inserted;
            } finally {
                a.rollback();
                a.setAutoCommit(true);
            }
        } finally {
            drop(schema);
        }
    }

    /** How a statement fared beside others: see {@link #contend}. */
    record Contention(boolean waited, boolean readQueued, boolean writeQueued, String ended) {
    }

    /** A fresh schema on A, with the statements run in it (autocommit). */
    private void prepare(String schema, List<String> before) throws SQLException {
        a.setAutoCommit(true);
        exec(a, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        exec(a, "CREATE SCHEMA " + schema);
        exec(a, "SET search_path TO " + schema);
        for (String sql : before) {
            try {
                exec(a, sql);
            } catch (SQLException e) {
                drop(schema);
                throw new SQLException("setup statement failed: " + sql + ": " + e.getMessage(), e);
            }
        }
    }

    /** Drops the schema and resets what the fixture's statements set on A's session (lock_timeout and the like). */
    private void drop(String schema) throws SQLException {
        exec(a, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        exec(a, "RESET ALL");
    }

    /**
     * Whether the session {@code pid}, running {@code work}, is still at it after 300 ms and waiting for a lock
     * ({@code pg_stat_activity.wait_event_type = 'Lock'}, seen from B; looked at for up to 10 s in all, so that
     * a loaded machine does not turn a wait into a "no").
     */
    private boolean waitsForLock(int pid, Future<String> work) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        pause(300);
        while (!work.isDone()) {
            try (PreparedStatement ps = b.prepareStatement(
                    "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = ?")) {
                ps.setInt(1, pid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return true;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause(50);
        }
        return false;
    }

    /** The table the session {@code pid} waits to lock ({@code pg_locks}, not granted), seen from B. */
    private Optional<String> awaited(int pid) throws SQLException {
        try (PreparedStatement ps = b.prepareStatement("SELECT c.relname FROM pg_locks l JOIN pg_class c"
                + " ON c.oid = l.relation WHERE l.pid = ? AND NOT l.granted AND l.locktype = 'relation'")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** What {@code work} returned if it ends within {@code time}, else {@code waiting}. */
    private static String endedWithin(Future<String> work, Duration time) throws SQLException {
        try {
            return work.get(Math.max(1, time.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return "waiting";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", e);
        } catch (ExecutionException e) {
            throw new SQLException(e.getCause());
        }
    }

    /** Waits for {@code work} to end (30 s at most), cancelling the session {@code pid} (when known) if it does not. */
    private void finish(Future<String> work, int pid) throws SQLException {
        try {
            work.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            if (pid > 0) {
                try (PreparedStatement ps = b.prepareStatement("SELECT pg_cancel_backend(?)")) {
                    ps.setInt(1, pid);
                    ps.execute();
                }
            }
            throw new SQLException("a session was still waiting 30 s after the lock holder ended");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", e);
        } catch (ExecutionException e) {
            throw new SQLException(e.getCause());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code ok}, or the SQLSTATE the statement failed with. */
    private static String outcome(Connection c, String sql) {
        try {
            exec(c, sql);
            return "ok";
        } catch (SQLException e) {
            return e.getSQLState() == null ? "error" : e.getSQLState();
        }
    }

    private static String quote(String schema, String table) {
        return '"' + schema + "\".\"" + table.replace("\"", "\"\"") + '"';
    }

    /** Runs the statements on A until one fails; its SQLSTATE, or null when all ran. */
    private String firstFailure(List<String> later) {
        for (String sql : later) {
            try {
                exec(a, sql);
            } catch (SQLException e) {
                return e.getSQLState();
            }
        }
        return null;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The strongest granted lock A holds on each ordinary or partitioned table of the schema, seen from B. */
    private Map<String, String> locks(int pid, String schema) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement ps = b.prepareStatement("SELECT c.relname, l.mode FROM pg_locks l"
                + " JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE l.pid = ? AND l.granted AND l.locktype = 'relation' AND c.relkind IN ('r', 'p')"
                + " AND n.nspname = ?")) {
            ps.setInt(1, pid);
            ps.setString(2, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.merge(rs.getString(1), rs.getString(2), Observation::stronger);
                }
            }
        }
        return out;
    }

    /** Table name to relfilenode, as A sees them (its own uncommitted rewrite included). */
    private Map<String, Long> relfilenodes(String schema) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = a.prepareStatement("SELECT c.relname, c.relfilenode FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /**
     * Sequential scans of the schema's tables counted by A and not yet flushed to the shared statistics (which
     * happens only between transactions): within one transaction the difference is the statement's scans.
     */
    private long seqScans(String schema) throws SQLException {
        try (PreparedStatement ps = a.prepareStatement(
                "SELECT coalesce(sum(seq_scan), 0) FROM pg_stat_xact_user_tables WHERE schemaname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
