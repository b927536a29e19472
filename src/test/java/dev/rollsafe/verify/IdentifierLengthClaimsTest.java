package dev.rollsafe.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code identifier-too-long} against both servers: every statement of its PostgreSQL fixture runs on
 * PostgreSQL, where a flagged one must draw the "will be truncated to" notice naming the very name the finding
 * prints and an unflagged one must draw none; every statement of its MariaDB fixture runs on MariaDB, where a
 * flagged one must be refused with error 1059 or 1103 and an unflagged one must run. Skips without the servers
 * unless {@code CI=true}.
 */
class IdentifierLengthClaimsTest {
    private static final String RULE = "identifier-too-long";
    private static final Pattern TRUNCATED = Pattern.compile("will be truncated to \"([^\"]*)\"");
    private static final Set<Integer> TOO_LONG = Set.of(1059, 1103);

    @Test
    void postgresqlTruncatesWhatTheRuleSaysItTruncates() throws Exception {
        Path file = fixture("postgresql.sql");
        SqlFixture fixture = SqlFixture.read(file);
        List<Finding> findings = findings(file, Dialect.POSTGRESQL, fixture.version());
        List<String> problems = new ArrayList<>();
        int flagged = 0;
        try (Connection c = connect(PgServer::connect, "PostgreSQL")) {
            String schema = "rollsafe_ident_" + ProcessHandle.current().pid();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET LOCAL search_path = " + schema);
                for (String sql : fixture.setup()) {
                    s.execute(sql);
                }
                for (var raw : fixture.statements()) {
                    s.clearWarnings();
                    s.execute(raw.text());
                    List<String> truncations = new ArrayList<>();
                    for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                        Matcher m = TRUNCATED.matcher(w.getMessage());
                        if (m.find()) {
                            truncations.add(m.group(1));
                        }
                    }
                    List<Finding> here = at(findings, raw.span().line());
                    String where = file.getFileName() + ":" + raw.span().line();
                    if (here.isEmpty() && !truncations.isEmpty()) {
                        problems.add(where + ": not flagged, but PostgreSQL truncated " + truncations);
                    } else if (!here.isEmpty()) {
                        flagged++;
                        if (truncations.isEmpty()) {
                            problems.add(where + ": flagged, but PostgreSQL kept every name whole");
                        }
                        for (String t : truncations) {
                            if (here.stream().noneMatch(f -> f.message().contains("truncates it to " + t + ","))) {
                                problems.add(where + ": PostgreSQL truncated a name to " + t + ", the finding says: "
                                        + here.get(0).message());
                            }
                        }
                    }
                }
            } finally {
                c.rollback();
            }
        }
        System.out.println("IdentifierLengthClaimsTest: " + fixture.statements().size() + " statements run on PostgreSQL, "
                + flagged + " flagged ones truncated as the rule says");
        assertTrue(flagged > 0, "the PostgreSQL fixture flags nothing");
        assertEquals(List.of(), problems);
    }

    @Test
    void mariadbRefusesWhatTheRuleFlags() throws Exception {
        Path file = fixture("mariadb.sql");
        ClaimFixture fixture = ClaimFixture.parse(Files.readString(file, StandardCharsets.UTF_8), RULE);
        List<Finding> findings = findings(file, Dialect.MARIADB, fixture.version());
        List<String> problems = new ArrayList<>();
        int flagged = 0;
        String url = System.getenv().getOrDefault("ROLLSAFE_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
        try (Connection c = connect(() -> DriverManager.getConnection(url, "root", ""), "MariaDB")) {
            String home = c.getCatalog();
            String db = "rollsafe_ident_" + Long.toHexString(System.nanoTime());
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
                c.setCatalog(db);
                for (String sql : fixture.given()) {
                    s.execute(sql);
                }
                for (ClaimFixture.Step step : fixture.steps()) {
                    String where = file.getFileName() + ":" + step.line();
                    boolean ruleFlags = !at(findings, step.line()).isEmpty();
                    if (ruleFlags != step.flagged()) {
                        problems.add(where + ": the rule " + (ruleFlags ? "flags" : "does not flag")
                                + " it, the fixture's marker says otherwise");
                    }
                    Integer refused = null;
                    try {
                        s.execute(step.sql());
                    } catch (SQLException e) {
                        refused = e.getErrorCode();
                    }
                    if (ruleFlags) {
                        flagged++;
                        if (refused == null || !TOO_LONG.contains(refused)) {
                            problems.add(where + ": flagged, but MariaDB " + (refused == null ? "ran it"
                                    : "answered error " + refused));
                        }
                    } else if (refused != null) {
                        problems.add(where + ": not flagged, but MariaDB refused it with error " + refused);
                    }
                }
            } finally {
                c.setCatalog(home);
                try (Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + db);
                }
            }
        }
        System.out.println("IdentifierLengthClaimsTest: " + fixture.steps().size() + " statements run on MariaDB, "
                + flagged + " flagged ones refused with error 1059/1103");
        assertTrue(flagged > 0, "the MariaDB fixture flags nothing");
        assertEquals(List.of(), problems);
    }

    private interface Connector {
        Connection open() throws SQLException;
    }

    private static Connection connect(Connector connector, String server) {
        try {
            return connector.open();
        } catch (SQLException e) {
            String why = server + " not reachable: " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
            return null;
        }
    }

    private static List<Finding> at(List<Finding> findings, int line) {
        return findings.stream().filter(f -> f.line() == line).toList();
    }

    private static Path fixture(String name) {
        Path root = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")));
        return root.resolve("testdata/rules").resolve(RULE).resolve(name);
    }

    private static List<Finding> findings(Path file, Dialect dialect, String version) {
        CheckResult result = new Engine().check(new CheckRequest(file.getParent(), List.of(file), dialect, version,
                true, null, false).withFileContext(false));
        String name = file.getFileName().toString();
        return result.findings().stream().filter(f -> f.path().equals(name) && f.ruleId().equals(RULE)).toList();
    }
}
