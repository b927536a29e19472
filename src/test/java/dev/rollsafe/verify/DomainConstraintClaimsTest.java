package dev.rollsafe.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The facts domain-constraint-scans-columns rests on, checked on PostgreSQL with its fixture: every ALTER DOMAIN
 * the rule reports as an error holds a SHARE lock on each of the two tables using the domain and scans them; the
 * unflagged ADD CONSTRAINT ... NOT VALID locks and scans neither. (The rule's CREATE DOMAIN ... CHECK warning
 * locks no table, so the doc's one-claim-for-every-finding line cannot express this; hence a test of its own.)
 */
class DomainConstraintClaimsTest {

    private static final String RULE = "domain-constraint-scans-columns";

    @Test
    void alterDomainLocksAndScansEveryTableUsingIt() throws Exception {
        Path file = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")))
                .resolve("testdata/rules").resolve(RULE).resolve("existing-domain.sql");
        try (Connection a = connectOrSkip(); Connection b = PgServer.connect()) {
            Probe probe = new Probe(a, b);
            String schema = "rollsafe_domain_" + ProcessHandle.current().pid();
            SqlFixture fixture = SqlFixture.read(file);
            CheckResult result = new Engine().check(new CheckRequest(file.getParent(), List.of(file),
                    Dialect.POSTGRESQL, fixture.version(), true, null, false).withFileContext(false));
            List<Integer> errors = result.findings().stream()
                    .filter(f -> f.ruleId().equals(RULE) && f.level() == Level.ERROR).map(Finding::line).toList();
            assertEquals(3, errors.size(), "the fixture's ADD CONSTRAINT, VALIDATE and SET NOT NULL: " + errors);
            Claim flagged = Claim.parse("postgresql lock=ShareLock tables=2 rewrite=no scan=yes");
            Claim notValid = Claim.parse("postgresql rewrite=no scan=no");
            List<String> problems = new ArrayList<>();
            boolean sawNotValid = false;
            for (int i = 0; i < fixture.statements().size(); i++) {
                String sql = fixture.statements().get(i).text();
                int line = fixture.statements().get(i).span().line();
                boolean isNotValid = sql.endsWith("NOT VALID");
                if (!errors.contains(line) && !isNotValid) {
                    continue;
                }
                List<String> before = new ArrayList<>(fixture.setup());
                fixture.statements().subList(0, i).forEach(s -> before.add(s.text()));
                Observation seen = probe.run(schema, before, sql);
                for (String m : seen.mismatches(isNotValid ? notValid : flagged)) {
                    problems.add(line + ": `" + sql + "`: " + m);
                }
                if (isNotValid) {
                    sawNotValid = true;
                    if (!seen.locksByTable().isEmpty()) {
                        problems.add(line + ": NOT VALID locked " + seen.locksByTable());
                    }
                }
            }
            System.out.println("DomainConstraintClaimsTest: " + errors.size() + " flagged ALTER DOMAIN statements held"
                    + " ShareLock on both tables using the domain and scanned them; NOT VALID locked and scanned nothing"
                    + (problems.isEmpty() ? "" : "; " + problems.size() + " contradictions"));
            assertTrue(sawNotValid, "the fixture has an ADD CONSTRAINT ... NOT VALID");
            assertEquals(List.of(), problems, "facts the server contradicts");
        }
    }

    private static Connection connectOrSkip() {
        try {
            return PgServer.connect();
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
