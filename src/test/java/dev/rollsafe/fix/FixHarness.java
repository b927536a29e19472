package dev.rollsafe.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.engine.Fixer;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** Writes migrations into a folder, checks them with the real engine, applies the fixes, runs SQL on PostgreSQL. */
final class FixHarness {
    private FixHarness() {
    }

    static void write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String read(Path dir, String relative) throws IOException {
        return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
    }

    static CheckResult check(Path dir, Dialect dialect) {
        return new Engine().check(new CheckRequest(dir, List.of(), dialect, null, true, null, false, null));
    }

    /** The rule ids found in one file, in order. */
    static List<String> ids(CheckResult result, String path) {
        return result.findings().stream().filter(f -> f.path().equals(path)).map(Finding::ruleId).toList();
    }

    /** Applies every fix of the result to the files; returns the notes. */
    static List<String> fix(Path dir, CheckResult result) throws IOException {
        List<String> notes = new java.util.ArrayList<>();
        for (Fixer.FileFix f : Fixer.plan(dir, result.findings())) {
            notes.addAll(f.notes());
            if (f.changed()) {
                Files.writeString(f.file(), f.after(), StandardCharsets.UTF_8);
            }
        }
        return notes;
    }

    static void assertLayout(CheckResult result, String path, String layout) {
        assertEquals(layout, result.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not found: " + result.files())).layout());
    }

    /** A connection to the test server, or the test is skipped (it fails instead when CI=true). */
    static Connection connect() {
        Properties p = new Properties();
        String user = System.getenv("ROLLSAFE_PG_USER");
        p.setProperty("user", user == null || user.isBlank() ? "postgres" : user);
        String password = System.getenv("ROLLSAFE_PG_PASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        String url = System.getenv("ROLLSAFE_PG_URL");
        try {
            return DriverManager.getConnection(url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test"
                    : url, p);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL unreachable on CI: " + e.getMessage(), e);
            }
            assumeTrue(false, "PostgreSQL unreachable: " + e.getMessage());
            return null;
        }
    }

    /**
     * Runs each migration's statements (split at semicolons: the fixtures hold no other) in a fresh schema,
     * one statement at a time, inside a transaction where {@code inTransaction} says so for that migration.
     */
    static void runOnServer(List<String> migrations, List<Boolean> inTransaction) throws SQLException {
        String schema = "rollsafe_fix_" + Long.toHexString(System.nanoTime());
        try (Connection c = connect(); java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            try {
                st.execute("SET search_path TO " + schema);
                for (int m = 0; m < migrations.size(); m++) {
                    c.setAutoCommit(!inTransaction.get(m));
                    for (String sql : migrations.get(m).split(";")) {
                        String body = sql.lines().filter(l -> !l.strip().startsWith("--"))
                                .reduce("", (a, b) -> a + b + "\n").strip();
                        if (!body.isEmpty()) {
                            st.execute(body);
                        }
                    }
                    if (inTransaction.get(m)) {
                        c.commit();
                    }
                }
            } finally {
                c.setAutoCommit(true);
                st.execute("SET lock_timeout = 0");
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
