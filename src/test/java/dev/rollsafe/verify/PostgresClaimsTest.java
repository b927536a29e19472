package dev.rollsafe.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every PostgreSQL rule whose doc carries a {@code Claim: postgresql ...} line is checked on a real server:
 * for each statement a fixture makes the rule flag, the statement runs in an open transaction in a fresh
 * schema (the fixture's {@code -- setup:} lines and earlier statements first) and the locks, rewrite and
 * scan the server shows must be what the doc claims; for the claims that need them (see
 * {@link Observation#MEASURED}) it also runs beside other sessions' open transactions and queries, or before an
 * old release's insert. Fixtures of other dialects are left to their own server's test; fixtures written for
 * another major version, and statements marked {@code -- claim: skip <reason>}, are skipped, one printed line
 * per claim check skipped, with why. Skips when the server is unreachable, unless {@code CI=true}.
 */
class PostgresClaimsTest {
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "(?is)^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?\"?(\\w+)\"?");

    private static Path root() {
        return Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")));
    }

    private static Connection connectOrSkip() {
        try {
            return PgServer.connect();
        } catch (SQLException e) {
            String why = "PostgreSQL is unreachable at " + PgServer.url() + " (" + e.getMessage()
                    + "); set ROLLSAFE_PG_URL / ROLLSAFE_PG_USER to check the rules' lock claims";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
            return null;
        }
    }

    @Test
    void claimsHoldOnTheServer() throws Exception {
        try (Connection a = connectOrSkip(); Connection b = PgServer.connect()) {
            int server = serverVersion(a);
            // one schema per run: several people may share the server
            String schema = "rollsafe_claim_" + ProcessHandle.current().pid();
            Probe probe = new Probe(a, b);
            List<String> problems = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            int checked = 0;
            int claims = 0;
            int notFlagged = 0;
            int unflagged = 0;
            for (Rule rule : RuleRegistry.standard().all()) {
                String id = rule.info().id();
                Optional<Claim> claim = claimOf(id);
                if (claim.isEmpty() || !claim.get().dialect().equals("postgresql")) {
                    continue;
                }
                claims++;
                Optional<Claim> quiet = notFlaggedClaimOf(id);
                notFlagged += quiet.isPresent() ? 1 : 0;
                if (claim.get().since() > server) {
                    skipped.add(id + ": claim `" + claim.get().text() + "` holds from PostgreSQL "
                            + claim.get().fact("since").orElse("?") + ", the server is " + server / 100);
                    continue;
                }
                int forRule = 0;
                int notFlaggedChecked = 0;
                for (Path file : fixtures(id)) {
                    SqlFixture fixture = SqlFixture.read(file);
                    if (!fixture.dialect().equals("postgresql")) {
                        continue; // another server's fixture: its own claims test runs it
                    }
                    if (fixture.version() != null && PgServer.versionNumber(fixture.version()) / 100 != server / 100) {
                        skipped.addAll(skippedForVersion(id, file, fixture, claim.get(), quiet, server));
                        continue;
                    }
                    for (Finding f : findings(file, fixture.version(), id)) {
                        String where = id + "/" + file.getFileName() + ":" + f.line();
                        int index = fixture.statementAt(f.line());
                        if (index < 0) {
                            problems.add(where + ": no statement starts on the finding's line");
                            continue;
                        }
                        if (fixture.skipped().containsKey(index)) {
                            skipped.add(where + " claim `" + claim.get().text() + "` (marked '-- claim: skip': "
                                    + fixture.skipped().get(index) + ")");
                            continue;
                        }
                        List<String> before = new ArrayList<>(fixture.setup());
                        String statement = fixture.statements().get(index).text();
                        if (claim.get().fact("earlier-statements").orElse("").equals("same-transaction")) {
                            // the migration's earlier statements run in the flagged one's transaction, as the
                            // framework runs them: the locks seen are those the transaction holds at that point
                            StringBuilder all = new StringBuilder();
                            fixture.statements().subList(0, index).forEach(s -> all.append(s.text()).append(";\n"));
                            statement = all + statement;
                        } else {
                            fixture.statements().subList(0, index).forEach(s -> before.add(s.text()));
                        }
                        List<String> later = claim.get().fact("use-in-transaction").isEmpty() ? List.of()
                                : fixture.statements().subList(index + 1, fixture.statements().size()).stream()
                                        .map(s -> s.text()).toList();
                        try {
                            Observation seen = observe(probe, schema, before, statement, later, claim.get());
                            for (String m : seen.mismatches(claim.get())) {
                                problems.add(where + ": `" + statement + "`: " + m);
                            }
                        } catch (SQLException e) {
                            problems.add(where + ": " + e.getMessage());
                        }
                        checked++;
                        forRule++;
                    }
                    if (quiet.isPresent()) {
                        int n = checkNotFlagged(probe, schema, file, fixture, id, quiet.get(), problems);
                        notFlaggedChecked += n;
                        unflagged += n;
                    }
                }
                if (forRule == 0) {
                    problems.add(id + ": its claim was checked on no statement (no fixture flags one for this server)");
                }
                if (quiet.isPresent() && notFlaggedChecked == 0) {
                    problems.add(id + ": its not-flagged claim was checked on no statement (mark one with"
                            + " '-- claim: not-flagged' in a fixture for this server)");
                }
            }
            System.out.println("PostgresClaimsTest: checked " + claims + " rule claims on " + checked
                    + " flagged fixture statements and " + notFlagged + " not-flagged claims on " + unflagged
                    + " statements against PostgreSQL " + server / 100 + "; " + skipped.size()
                    + " claim checks skipped (for version or marked)" + (skipped.isEmpty() ? "" : ":"));
            skipped.forEach(line -> System.out.println("PostgresClaimsTest: skipped " + line));
            assertTrue(claims > 0, "no rule doc carries a 'Claim: postgresql ...' line");
            assertEquals(List.of(), problems, "claims the server contradicts");
        }
    }

    /**
     * One line per claim check a fixture written for another major version would make: the statement, the claim,
     * and why it is not checked (the rule's own message for that version says how it differs).
     */
    private static List<String> skippedForVersion(String id, Path file, SqlFixture fixture, Claim claim,
                                                  Optional<Claim> quiet, int server) {
        String why = "fixture for PostgreSQL " + fixture.version() + ", the server is " + server / 100;
        List<String> out = new ArrayList<>();
        for (Finding f : findings(file, fixture.version(), id)) {
            out.add(id + "/" + file.getFileName() + ":" + f.line() + " claim `" + claim.text() + "` (" + why
                    + "; the rule says there: " + f.message() + ")");
        }
        for (int index : fixture.notFlaggedProbes()) {
            int line = fixture.statements().get(index).span().line();
            out.add(id + "/" + file.getFileName() + ":" + line + " not-flagged claim `"
                    + quiet.map(Claim::text).orElse("(none)") + "` (" + why + ")");
        }
        if (out.isEmpty()) {
            out.add(id + "/" + file.getFileName() + ": no claim to check (" + why + ")");
        }
        return out;
    }

    /**
     * Runs the statement as {@link Probe#run} does and, for the facts the claim makes that need them, the
     * experiments beside other sessions and with the old release's insert (see {@link Observation#MEASURED}).
     */
    private static Observation observe(Probe probe, String schema, List<String> before, String statement,
                                       List<String> later, Claim claim) throws SQLException {
        Observation seen = probe.run(schema, before, statement, later);
        Set<String> keys = claim.facts().keySet();
        List<String> tables = List.copyOf(seen.locksByTable().keySet());
        Probe.Contention behindReader = null;
        if (!tables.isEmpty() && keys.contains("waits-behind-reader")) {
            behindReader = probe.contend(schema, before, statement, tables, true, Duration.ZERO);
            seen = seen.with("waits-behind-reader", yesNo(behindReader.waited()));
        }
        if (!tables.isEmpty() && keys.stream().anyMatch(
                k -> Set.of("waits-behind-writer", "queues-reads", "queues-writes", "gives-up").contains(k))) {
            Duration giveUpWithin = keys.contains("gives-up") ? Duration.ofSeconds(30) : Duration.ZERO;
            Probe.Contention c = probe.contend(schema, before, statement, tables, false, giveUpWithin);
            // behind a reader too, where it waited there: a later SELECT must do the same in both
            String reads = yesNo(c.readQueued());
            if (behindReader != null && behindReader.waited() && behindReader.readQueued() != c.readQueued()) {
                reads = "only-behind-the-" + (c.readQueued() ? "writer" : "reader");
            }
            seen = seen.with("waits-behind-writer", yesNo(c.waited())).with("queues-reads", reads)
                    .with("queues-writes", yesNo(c.writeQueued()))
                    .with("gives-up", c.ended().matches("[0-9A-Z]{5}") ? c.ended() : "no");
        }
        if (keys.contains("old-insert")) {
            Matcher m = ALTER_TABLE.matcher(statement);
            if (m.find()) {
                seen = seen.with("old-insert", probe.oldInsert(schema, before, statement,
                        m.group(1).toLowerCase(Locale.ROOT)));
            }
        }
        return seen;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static int serverVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            return PgServer.fromServerVersionNum(Integer.parseInt(rs.getString(1)));
        }
    }

    private static Optional<Claim> claimOf(String id) throws IOException {
        Path doc = root().resolve("rules").resolve(id + ".md");
        return Files.isRegularFile(doc) ? Claim.find(Files.readAllLines(doc, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    private static Optional<Claim> notFlaggedClaimOf(String id) throws IOException {
        Path doc = root().resolve("rules").resolve(id + ".md");
        return Files.isRegularFile(doc) ? Claim.findNotFlagged(Files.readAllLines(doc, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /**
     * Runs each statement the fixture marks {@code -- claim: not-flagged} (which the rule must not flag) and compares
     * what the server does with the doc's not-flagged claim; returns how many it ran.
     */
    private static int checkNotFlagged(Probe probe, String schema, Path file, SqlFixture fixture, String id,
                                       Claim claim, List<String> problems) {
        List<Integer> flaggedLines = findings(file, fixture.version(), id).stream().map(Finding::line).toList();
        int ran = 0;
        for (int index : fixture.notFlaggedProbes()) {
            var raw = fixture.statements().get(index);
            String where = id + "/" + file.getFileName() + ":" + raw.span().line();
            if (flaggedLines.contains(raw.span().line())) {
                problems.add(where + ": marked '-- claim: not-flagged' but the rule flags it");
                continue;
            }
            List<String> before = new ArrayList<>(fixture.setup());
            fixture.statements().subList(0, index).forEach(s -> before.add(s.text()));
            try {
                Observation seen = observe(probe, schema, before, raw.text(), List.of(), claim);
                for (String m : seen.mismatches(claim)) {
                    problems.add(where + ": `" + raw.text() + "` (not flagged): " + m);
                }
            } catch (SQLException e) {
                problems.add(where + ": " + e.getMessage());
            }
            ran++;
        }
        return ran;
    }

    private static List<Path> fixtures(String id) throws IOException {
        Path dir = root().resolve("testdata/rules").resolve(id);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }

    /** What the engine reports for the rule on the fixture, as the fixture test runs it. */
    private static List<Finding> findings(Path file, String version, String ruleId) {
        CheckResult result = new Engine().check(new CheckRequest(file.getParent(), List.of(file), Dialect.POSTGRESQL,
                version, true, null, false).withFileContext(false));
        String name = file.getFileName().toString();
        return result.findings().stream().filter(f -> f.path().equals(name) && f.ruleId().equals(ruleId)).toList();
    }
}
