package dev.rollsafe.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.model.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transaction mode rollsafe gives a golang-migrate file on PostgreSQL matches what the server does when the
 * file arrives as golang-migrate sends it: the whole up file as one simple-query string (pgjdbc's
 * {@code preferQueryMode=simple} sends a multi-statement string as one Query message too). A file of one
 * {@code CREATE INDEX CONCURRENTLY} runs; a file of two is refused with SQLSTATE 25001. Skips without a
 * server, unless {@code CI=true}.
 */
class GolangMigrateTransactionTest {
    private static final String RULE = "concurrent-index-in-transaction";

    @TempDir
    Path dir;

    @Test
    void flaggedExactlyWhenPostgresqlRefusesTheFile() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("1_orders.up.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);\n");
        files.put("2_customer_index.up.sql",
                "-- one statement: sent alone, outside any transaction\n"
                        + "CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);\n");
        files.put("3_two_indexes.up.sql",
                "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);\n"
                        + "CREATE INDEX CONCURRENTLY orders_id_total_idx ON orders (id, total);\n");
        files.put("4_drop_index.up.sql", "DROP INDEX CONCURRENTLY orders_customer_idx;\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        CheckResult result = new Engine().check(new CheckRequest(dir, List.of(), Dialect.POSTGRESQL, "15", true,
                null, false));

        String schema = "rollsafe_txmode_" + ProcessHandle.current().pid();
        try (Connection c = connectOrSkip(schema)) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
            }
            try {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    boolean flagged = result.findings().stream()
                            .anyMatch(x -> x.ruleId().equals(RULE) && x.path().endsWith(f.getKey()));
                    String refused = null;
                    try (Statement s = c.createStatement()) {
                        s.execute(f.getValue());
                    } catch (SQLException e) {
                        refused = e.getSQLState();
                    }
                    if (refused != null && !refused.equals("25001")) {
                        fail(f.getKey() + " failed on the server for another reason: SQLSTATE " + refused);
                    }
                    System.out.println("GolangMigrateTransactionTest: " + f.getKey() + " sent as one query string: "
                            + (refused == null ? "ran" : "refused (SQLSTATE " + refused + ")") + "; rollsafe "
                            + (flagged ? "flags" : "does not flag") + " it");
                    assertEquals(refused != null, flagged, f.getKey() + ": the server "
                            + (refused != null ? "refused" : "ran") + " it, rollsafe " + (flagged ? "flagged" : "did not flag")
                            + " it; findings: " + result.findings());
                }
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    private static Connection connectOrSkip(String schema) {
        Properties p = new Properties();
        p.setProperty("user", System.getenv().getOrDefault("ROLLSAFE_PG_USER", "postgres"));
        String password = System.getenv("ROLLSAFE_PG_PASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        p.setProperty("preferQueryMode", "simple");
        p.setProperty("currentSchema", schema);
        try {
            return DriverManager.getConnection(PgServer.url(), p);
        } catch (SQLException e) {
            String why = "PostgreSQL is unreachable at " + PgServer.url() + " (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
            return null;
        }
    }
}
