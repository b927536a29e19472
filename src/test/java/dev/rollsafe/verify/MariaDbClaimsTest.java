package dev.rollsafe.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Asks a real MariaDB whether the MySQL-family rules' docs tell the truth. For every statement of the rules'
 * MariaDB fixtures (flagged or not), in a fresh database built from the fixture's {@code -- given:} lines and
 * earlier statements, it runs the statement the way the doc's {@code Claim:} line says the server behaves and
 * fails on a wrong claim. Without a server it skips, unless {@code CI=true}.
 */
class MariaDbClaimsTest {

    private static final String URL = System.getenv().getOrDefault("ROLLSAFE_MARIADB_URL",
            "jdbc:mariadb://127.0.0.1:3306/test");
    /** ER_ALTER_OPERATION_NOT_SUPPORTED and ..._REASON: the server refuses the requested algorithm or lock. */
    private static final Set<Integer> REFUSED = Set.of(1845, 1846);
    private static final Pattern ALTER = Pattern.compile("(?is)^ALTER\\s+TABLE\\s+`?(\\w+)`?.*");
    private static final Pattern CREATE = Pattern.compile("(?is)^CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?.*");
    private static final Pattern ADD_COLUMN = Pattern.compile("(?is)\\bADD\\s+(?:COLUMN\\s+)?`?(\\w+)`?");
    private static final Pattern LOCK_WAIT_TIMEOUT = Pattern.compile(
            "(?is)^SET\\s+(?:SESSION\\s+)?lock_wait_timeout\\s*=\\s*(\\d+)$");
    private static final Pattern LOCKED_TABLE = Pattern.compile(
            "(?is)^(?:ALTER\\s+TABLE|CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+\\w+\\s+ON)\\s+`?(\\w+)`?.*");
    private static final Pattern EXPLICIT_ALGORITHM = Pattern.compile("(?i)\\bALGORITHM\\s*=\\s*(\\w+)");
    private static final Pattern ALGORITHM_OR_LOCK = Pattern.compile("(?is),\\s*(?:ALGORITHM|LOCK)\\s*=?\\s*\\w+");
    private static final Pattern ADDS_FOREIGN_KEY = Pattern.compile("(?is)\\bADD\\s+(?:CONSTRAINT\\s+`?\\w+`?\\s+)?FOREIGN\\s+KEY\\b");
    private static final Pattern DDL = Pattern.compile(
            "(?is)^(?:CREATE\\s+(?!TEMPORARY\\b)|ALTER\\s|DROP\\s+(?!TEMPORARY\\b)|RENAME\\s|TRUNCATE\\s).*");
    private static final Pattern DATA_CHANGE = Pattern.compile(
            "(?is)^(?:INSERT\\s+(?:IGNORE\\s+)?INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+`?(\\w+)`?.*");

    private static Connection connection;
    private static int[] serverVersion;
    private static String serverText;
    private static String homeCatalog;
    private static String skipReason;
    private static int checked;

    @BeforeAll
    static void connect() throws SQLException {
        try {
            connection = DriverManager.getConnection(URL, "root", "");
        } catch (SQLException e) {
            skipReason = "MariaDB not reachable at " + URL + " (set ROLLSAFE_MARIADB_URL): " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                fail(skipReason);
            }
            System.out.println("MariaDbClaimsTest: SKIPPED, " + skipReason);
            return;
        }
        homeCatalog = connection.getCatalog();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            serverText = rs.getString(1);
        }
        if (!serverText.toLowerCase(Locale.ROOT).contains("mariadb")) {
            skipReason = "the server at " + URL + " is not MariaDB: " + serverText;
            if ("true".equals(System.getenv("CI"))) {
                fail(skipReason);
            }
            return;
        }
        String[] parts = serverText.split("[.\\-]");
        serverVersion = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    @BeforeEach
    void needServer() {
        Assumptions.assumeTrue(skipReason == null, () -> skipReason);
    }

    @AfterAll
    static void close() throws SQLException {
        if (connection != null) {
            if (skipReason == null) {
                System.out.println("MariaDbClaimsTest: " + checked + " claims checked against MariaDB " + serverText);
            }
            connection.close();
        }
    }

    @Test
    void alterCopiesTable() throws Exception {
        String rule = "alter-copies-table";
        eachFixture(rule, (claims, file, fixture) -> {
            inFreshDatabase(fixture, (step, created) -> {
                Matcher alter = ALTER.matcher(step.sql());
                if (!alter.matches() || created.contains(alter.group(1).toLowerCase(Locale.ROOT))) {
                    run(step.sql());
                    return;
                }
                Claims.Claim claim = claims.find("mariadb", serverVersion, step.flagged()).orElseThrow(
                        () -> new AssertionError(rule + ".md makes no claim for MariaDB " + serverText
                                + (step.flagged() ? " (flagged)" : " (not flagged)")));
                String[] seen = behaviour(step.sql());
                String where = file.getFileName() + ":" + step.line() + " `" + step.sql() + "`";
                assertTrue(claim.values().get("algorithm").contains(seen[0]), where + ": the doc claims algorithm="
                        + claim.values().get("algorithm") + " but MariaDB " + serverText + " ran it with " + seen[0]);
                assertTrue(claim.values().get("lock").contains(seen[1]), where + ": the doc claims lock="
                        + claim.values().get("lock") + " but MariaDB " + serverText + " needed lock=" + seen[1]);
                checked++;
            });
        });
    }

    @Test
    void requiredColumnWithoutDefault() throws Exception {
        String rule = "required-column-without-default";
        eachFixture(rule, (claims, file, fixture) -> {
            inFreshDatabase(fixture, (step, created) -> {
                run(step.sql());
                Matcher alter = ALTER.matcher(step.sql());
                Matcher add = ADD_COLUMN.matcher(step.sql());
                if (!alter.matches() || !add.find() || created.contains(alter.group(1).toLowerCase(Locale.ROOT))) {
                    return;
                }
                Claims.Claim claim = claims.find("mariadb", serverVersion, step.flagged()).orElseThrow(
                        () -> new AssertionError(rule + ".md makes no claim for MariaDB " + serverText));
                assertEquals(List.of("strict"), claim.values().get("sql_mode"));
                String seen = insertOmitting(alter.group(1), add.group(1));
                String where = file.getFileName() + ":" + step.line() + " `" + step.sql() + "`";
                assertTrue(claim.values().get("insert-omitting-column").contains(seen), where
                        + ": the doc claims insert-omitting-column=" + claim.values().get("insert-omitting-column")
                        + " but MariaDB " + serverText + " gave " + seen);
                checked++;
            });
        });
    }

    @Test
    void missingLockTimeout() throws Exception {
        String rule = "missing-lock-timeout";
        eachFixture(rule, (claims, file, fixture) -> {
            String[] timeout = {"DEFAULT"};
            inFreshDatabase(fixture, (step, created) -> {
                Matcher set = LOCK_WAIT_TIMEOUT.matcher(step.sql());
                if (set.matches()) {
                    timeout[0] = set.group(1);
                }
                Matcher target = LOCKED_TABLE.matcher(step.sql());
                if (!target.matches() || created.contains(target.group(1).toLowerCase(Locale.ROOT))) {
                    run(step.sql());
                    return;
                }
                Claims.Claim claim = claims.find("mariadb", serverVersion, step.flagged()).orElseThrow(
                        () -> new AssertionError(rule + ".md makes no claim for MariaDB " + serverText));
                String where = file.getFileName() + ":" + step.line() + " `" + step.sql() + "`";
                String seen = waitBehindReader(target.group(1), step.sql(), step.flagged() ? 3 : 20);
                if (step.flagged()) {
                    assertEquals(List.of("yes"), claim.values().get("waits-behind-open-transaction"), where);
                    assertEquals("still-waiting", seen, where
                            + ": the doc claims it waits behind an open transaction (still waiting after 3 s)");
                } else {
                    assertEquals(List.of("lock_wait_timeout"), claim.values().get("gives-up"), where);
                    assertTrue(!timeout[0].equals("DEFAULT"), where + ": not flagged, yet the fixture set no timeout");
                    assertEquals("error-1205", seen, where + ": the doc claims it gives up after lock_wait_timeout");
                }
                checked++;
                run(step.sql());
            });
        });
    }

    @Test
    void addForeignKeyCopiesTable() throws Exception {
        String rule = "add-foreign-key-copies-table";
        eachFixture(rule, (claims, file, fixture) -> {
            inFreshDatabase(fixture, (step, created) -> {
                Matcher alter = ALTER.matcher(step.sql());
                if (!alter.matches() || !ADDS_FOREIGN_KEY.matcher(step.sql()).find()
                        || created.contains(alter.group(1).toLowerCase(Locale.ROOT))) {
                    run(step.sql());
                    return;
                }
                Claims.Claim claim = claims.find("mariadb", serverVersion, step.flagged()).orElseThrow(
                        () -> new AssertionError(rule + ".md makes no claim for MariaDB " + serverText));
                String where = file.getFileName() + ":" + step.line() + " `" + step.sql() + "`";
                String seen = accepts(step.sql() + ", ALGORITHM=INPLACE") ? "accepted" : "refused";
                assertTrue(claim.values().get("inplace").contains(seen), where + ": the doc claims inplace="
                        + claim.values().get("inplace") + " but MariaDB " + serverText + " " + seen + " it");
                if (seen.equals("refused")) {
                    run(step.sql());
                }
                checked++;
            });
        });
    }

    @Test
    void alterAlgorithmRefused() throws Exception {
        String rule = "alter-algorithm-refused";
        eachFixture(rule, (claims, file, fixture) -> {
            inFreshDatabase(fixture, (step, created) -> {
                Matcher clause = ALGORITHM_OR_LOCK.matcher(step.sql());
                if (!ALTER.matcher(step.sql()).matches() || !clause.find()) {
                    run(step.sql());
                    return;
                }
                Claims.Claim claim = claims.find("mariadb", serverVersion, step.flagged()).orElseThrow(
                        () -> new AssertionError(rule + ".md makes no claim for MariaDB " + serverText));
                String where = file.getFileName() + ":" + step.line() + " `" + step.sql() + "`";
                String seen = accepts(step.sql()) ? "accepted" : "refused";
                assertTrue(claim.values().get("statement").contains(seen), where + ": the doc claims statement="
                        + claim.values().get("statement") + " but MariaDB " + serverText + " " + seen + " it");
                if (seen.equals("refused")) {
                    run(ALGORITHM_OR_LOCK.matcher(step.sql()).replaceAll("")); // what the fixture goes on from
                }
                checked++;
            });
        });
    }

    /**
     * Runs each fixture as {@code START TRANSACTION; <steps>; ROLLBACK}. Flagged: the tables data statements
     * changed before a DDL statement keep those changes after the ROLLBACK. Not flagged, data only: the
     * ROLLBACK restores every table the data statements changed.
     */
    @Test
    void ddlMixedWithDataChange() throws Exception {
        String rule = "ddl-mixed-with-data-change";
        eachFixture(rule, (claims, file, fixture) -> {
            boolean flagged = fixture.steps().stream().anyMatch(ClaimFixture.Step::flagged);
            Claims.Claim claim = claims.find("mariadb", serverVersion, flagged).orElseThrow(
                    () -> new AssertionError(rule + ".md makes no claim for MariaDB " + serverText));
            Map<String, String> atStart = new HashMap<>();
            Map<String, String> atLastDdl = new HashMap<>();
            Set<String> written = new LinkedHashSet<>();
            boolean[] sawDdl = {false};
            Map<String, String> afterRollback = new HashMap<>();
            inFreshDatabase(fixture, new StepCheck() {
                private boolean started;

                @Override
                public void check(ClaimFixture.Step step, Set<String> created) throws SQLException {
                    if (!started) {
                        atStart.putAll(checksums(tablesOfDatabase()));
                        run("START TRANSACTION");
                        started = true;
                    }
                    run(step.sql());
                    Matcher data = DATA_CHANGE.matcher(step.sql());
                    if (data.matches()) {
                        written.add(data.group(1).toLowerCase(Locale.ROOT));
                    }
                    if (DDL.matcher(step.sql()).matches()) {
                        sawDdl[0] = true;
                        atLastDdl.clear();
                        atLastDdl.putAll(checksums(written));
                    }
                    if (step == fixture.steps().get(fixture.steps().size() - 1)) {
                        run("ROLLBACK");
                        afterRollback.putAll(checksums(written));
                    }
                }
            });
            String where = file.getFileName().toString();
            if (flagged) {
                assertEquals(List.of("kept"), claim.values().get("data-before-ddl"), where);
                assertTrue(!atLastDdl.isEmpty(), where + ": flagged, yet no data statement ran before a DDL statement");
                boolean changed = false;
                for (Map.Entry<String, String> e : atLastDdl.entrySet()) {
                    assertEquals(e.getValue(), afterRollback.get(e.getKey()), where + ": the doc claims the rows "
                            + e.getKey() + " got before the DDL stay after ROLLBACK, but MariaDB " + serverText
                            + " rolled them back");
                    changed |= atStart.containsKey(e.getKey()) && !e.getValue().equals(atStart.get(e.getKey()));
                }
                assertTrue(changed, where + ": the data statements changed no table that existed before");
                checked++;
            } else if (!sawDdl[0] && !written.isEmpty()) {
                assertEquals(List.of("rolled-back"), claim.values().get("data"), where);
                for (String table : written) {
                    if (atStart.containsKey(table)) {
                        assertEquals(atStart.get(table), afterRollback.get(table), where + ": the doc claims a"
                                + " transaction without DDL rolls back, but " + table + " kept changes on MariaDB "
                                + serverText);
                    }
                }
                checked++;
            }
        });
    }

    private static List<String> tablesOfDatabase() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** CHECKSUM TABLE of each table, by name (a table that does not exist maps to its error). */
    private static Map<String, String> checksums(java.util.Collection<String> tables) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (String table : tables) {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                rs.next();
                out.put(table, String.valueOf(rs.getString(2)));
            } catch (SQLException e) {
                out.put(table, "error-" + e.getErrorCode());
            }
        }
        return out;
    }

    /**
     * Runs {@code sql} while a second connection holds an open transaction that read {@code table}, for at most
     * {@code seconds}. Returns {@code ok}, {@code still-waiting} when the JDBC query timeout cut it off, or
     * {@code error-<code>} (1205: the server's lock_wait_timeout gave up).
     */
    private static String waitBehindReader(String table, String sql, int seconds) throws SQLException {
        try (Connection reader = DriverManager.getConnection(URL, "root", "")) {
            reader.setCatalog(connection.getCatalog());
            reader.setAutoCommit(false);
            try (Statement r = reader.createStatement()) {
                r.executeQuery("SELECT * FROM `" + table + "`").close();
                try (Statement s = connection.createStatement()) {
                    s.setQueryTimeout(seconds);
                    s.execute(sql);
                    return "ok";
                } catch (java.sql.SQLTimeoutException e) {
                    return "still-waiting";
                } catch (SQLException e) {
                    return "error-" + e.getErrorCode();
                } finally {
                    reader.rollback();
                }
            }
        }
    }

    /**
     * How the server runs an ALTER: {algorithm, lock}. With the statement's own ALGORITHM that algorithm, else the
     * first of INSTANT and INPLACE (with LOCK=NONE) that it accepts, else copy. The lock is {@code none} when it
     * also accepts LOCK=NONE, else {@code shared} when it accepts LOCK=SHARED. The accepted form is applied.
     */
    private static String[] behaviour(String sql) throws SQLException {
        Matcher explicit = EXPLICIT_ALGORITHM.matcher(sql);
        String algorithm;
        if (explicit.find()) {
            algorithm = explicit.group(1).toLowerCase(Locale.ROOT);
        } else if (accepts(sql + ", ALGORITHM=INSTANT")) {
            return new String[] {"instant", "none"};
        } else if (accepts(sql + ", ALGORITHM=INPLACE, LOCK=NONE")) {
            return new String[] {"inplace", "none"};
        } else {
            algorithm = "copy";
        }
        if (accepts(sql + ", LOCK=NONE")) {
            return new String[] {algorithm, "none"};
        }
        if (accepts(sql + ", LOCK=SHARED")) {
            return new String[] {algorithm, "shared"};
        }
        run(sql + ", LOCK=EXCLUSIVE");
        return new String[] {algorithm, "exclusive"};
    }

    /** {@code ok}, or {@code error-<code>} for an INSERT into the table that names every column but the new one. */
    private static String insertOmitting(String table, String column) throws SQLException {
        List<String> others = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT COLUMN_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME <> ? AND IS_NULLABLE = 'NO'"
                + " AND COLUMN_DEFAULT IS NULL AND EXTRA NOT LIKE '%auto_increment%' AND EXTRA NOT LIKE '%GENERATED%'")) {
            p.setString(1, table);
            p.setString(2, column);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    others.add("`" + rs.getString(1) + "` = '1'");
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
            s.executeUpdate(others.isEmpty() ? "INSERT INTO `" + table + "` () VALUES ()"
                    : "INSERT INTO `" + table + "` SET " + String.join(", ", others));
            return "ok";
        } catch (SQLException e) {
            return "error-" + e.getErrorCode();
        }
    }

    /** What a test checks on one fixture of its rule that applies to this server. */
    private interface FixtureCheck {
        void check(Claims claims, Path file, ClaimFixture fixture) throws Exception;
    }

    /**
     * Reads the rule's claims and runs {@code check} on each of its fixtures written for this server; fails when that
     * checked no claim (no fixture for this server).
     */
    private static void eachFixture(String rule, FixtureCheck check) throws Exception {
        Claims claims = Claims.read(root().resolve("rules/" + rule + ".md"));
        int before = checked;
        for (Path file : fixtures(rule)) {
            ClaimFixture fixture = ClaimFixture.parse(Files.readString(file), rule);
            if (applies(fixture)) {
                check.check(claims, file, fixture);
            }
        }
        assertTrue(checked > before, "no " + rule + " claim was checked: no MariaDB fixture for " + serverText);
    }

    private interface StepCheck {
        void check(ClaimFixture.Step step, Set<String> createdInFile) throws SQLException;
    }

    /** Runs the fixture's given statements, then every step through {@code check}, in a database of its own. */
    private static void inFreshDatabase(ClaimFixture fixture, StepCheck check) throws SQLException {
        String db = "rollsafe_claims_" + Long.toHexString(System.nanoTime());
        run("CREATE DATABASE " + db);
        try {
            connection.setCatalog(db);
            run("SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
            run("SET SESSION foreign_key_checks = 1"); // a fixture may have switched them off
            for (String sql : fixture.given()) {
                run(sql);
            }
            Set<String> created = new HashSet<>();
            for (ClaimFixture.Step step : fixture.steps()) {
                check.check(step, created);
                Matcher m = CREATE.matcher(step.sql());
                if (m.matches()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } finally {
            connection.setCatalog(homeCatalog);
            run("DROP DATABASE " + db);
        }
    }

    private static boolean accepts(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
            return true;
        } catch (SQLException e) {
            if (REFUSED.contains(e.getErrorCode())) {
                return false;
            }
            throw new SQLException("unexpected error " + e.getErrorCode() + " from `" + sql + "`: " + e.getMessage(), e);
        }
    }

    private static void run(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** A MariaDB fixture whose version (major.minor) is the server's, or that names none. */
    private static boolean applies(ClaimFixture fixture) {
        if (!fixture.dialect().equals("mariadb")) {
            return false;
        }
        if (fixture.version() == null) {
            return true;
        }
        String[] v = fixture.version().split("\\.");
        return Integer.parseInt(v[0]) == serverVersion[0]
                && (v.length < 2 || Integer.parseInt(v[1]) == serverVersion[1]);
    }

    private static List<Path> fixtures(String rule) throws IOException {
        try (Stream<Path> s = Files.list(root().resolve("testdata/rules/" + rule))) {
            return s.filter(p -> p.toString().endsWith(".sql")).sorted().collect(Collectors.toList());
        }
    }

    private static Path root() {
        return Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")));
    }
}
