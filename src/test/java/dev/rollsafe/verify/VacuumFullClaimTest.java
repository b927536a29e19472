package dev.rollsafe.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.rules.Finding;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The claim of {@code vacuum-full-or-cluster-rewrites-table} for {@code VACUUM FULL}, which cannot run in the
 * rolled-back transaction {@link PostgresClaimsTest} uses: each flagged {@code VACUUM FULL} statement of the
 * fixture {@code vacuum-full.sql} marked {@code -- claim: skip ... VacuumFullClaimTest ...} runs in autocommit while a second connection holds an open
 * read on the table; a third connection must see it wait for {@code AccessExclusiveLock}, and once the read ends
 * and it ran, the table must have a new relfilenode. Skips without a server unless {@code CI=true}.
 */
class VacuumFullClaimTest {
    private static final String RULE = "vacuum-full-or-cluster-rewrites-table";

    @Test
    void vacuumFullWaitsForAccessExclusiveAndRewrites() throws Exception {
        Path file = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")))
                .resolve("testdata/rules").resolve(RULE).resolve("vacuum-full.sql");
        SqlFixture fixture = SqlFixture.read(file);
        CheckResult result = new Engine().check(new CheckRequest(file.getParent(), List.of(file), Dialect.POSTGRESQL,
                fixture.version(), true, null, false).withFileContext(false));
        List<Integer> flagged = result.findings().stream()
                .filter(f -> f.path().equals("vacuum-full.sql") && f.ruleId().equals(RULE)).map(Finding::line).toList();
        String schema = "rollsafe_vacuum_" + ProcessHandle.current().pid();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Connection runner = connect(); Connection reader = PgServer.connect(); Connection watcher = PgServer.connect()) {
            run(runner, "CREATE SCHEMA " + schema);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                run(runner, "SET search_path = " + schema);
                run(reader, "SET search_path = " + schema);
                for (String sql : fixture.setup()) {
                    run(runner, sql);
                }
                for (int index = 0; index < fixture.statements().size(); index++) {
                    var raw = fixture.statements().get(index);
                    String sql = raw.text();
                    if (!fixture.skipped().getOrDefault(index, "").contains(VacuumFullClaimTest.class.getSimpleName())) {
                        continue;
                    }
                    if (!flagged.contains(raw.span().line())) {
                        problems.add("vacuum-full.sql:" + raw.span().line() + ": marked for this test, not flagged");
                        continue;
                    }
                    long before = relfilenode(watcher, schema, "orders");
                    reader.setAutoCommit(false);
                    run(reader, "SELECT count(*) FROM orders");
                    int pid = pid(runner);
                    Future<?> vacuum = pool.submit(() -> {
                        run(runner, sql);
                        return null;
                    });
                    String waitingFor = waitForLockRequest(watcher, pid, schema);
                    reader.rollback();
                    reader.setAutoCommit(true);
                    vacuum.get(30, TimeUnit.SECONDS);
                    long after = relfilenode(watcher, schema, "orders");
                    String where = "vacuum-full.sql:" + raw.span().line() + " `" + sql + "`";
                    if (!"AccessExclusiveLock".equals(waitingFor)) {
                        problems.add(where + ": waited for " + waitingFor + ", the claim says AccessExclusiveLock");
                    }
                    if (before == after) {
                        problems.add(where + ": the relfilenode stayed " + before + ", the claim says rewrite=yes");
                    }
                    checked++;
                }
            } finally {
                pool.shutdownNow();
                run(watcher, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        System.out.println("VacuumFullClaimTest: " + checked + " VACUUM FULL statements waited for AccessExclusiveLock"
                + " and rewrote the table" + (problems.isEmpty() ? "" : ", except " + problems.size()));
        assertTrue(checked > 0, "no flagged VACUUM FULL statement on orders in the fixture");
        assertEquals(List.of(), problems);
    }

    /** The lock mode the runner waits for on a table of the schema, polled for up to 10 s; null if it never waits. */
    private static String waitForLockRequest(Connection watcher, int pid, String schema) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (PreparedStatement ps = watcher.prepareStatement("SELECT l.mode FROM pg_locks l JOIN pg_class c"
                    + " ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE l.pid = ? AND NOT l.granted AND n.nspname = ? AND c.relkind = 'r'")) {
                ps.setInt(1, pid);
                ps.setString(2, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            Thread.sleep(20);
        }
        return null;
    }

    private static long relfilenode(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relfilenode FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no table " + schema + "." + table);
                long node = rs.getLong(1);
                assertNotEquals(0L, node);
                return node;
            }
        }
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect() {
        try {
            return PgServer.connect();
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PostgreSQL not reachable at " + PgServer.url() + ": " + e.getMessage());
            }
            Assumptions.abort("PostgreSQL not reachable at " + PgServer.url() + ": " + e.getMessage());
            return null;
        }
    }
}
