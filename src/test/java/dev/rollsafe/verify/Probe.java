package dev.rollsafe.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one statement on connection A in an open transaction, in a fresh schema prepared with the fixture's
 * setup and earlier statements, and watches it from connection B ({@code pg_locks}) and from A itself
 * ({@code pg_class.relfilenode}, {@code pg_stat_xact_user_tables}). Everything is rolled back and the
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
        a.setAutoCommit(true);
        exec(a, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        exec(a, "CREATE SCHEMA " + schema);
        exec(a, "SET search_path TO " + schema);
        try {
            for (String sql : before) {
                try {
                    exec(a, sql);
                } catch (SQLException e) {
                    throw new SQLException("setup statement failed: " + sql + ": " + e.getMessage(), e);
                }
            }
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
            exec(a, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            exec(a, "RESET search_path");
        }
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
