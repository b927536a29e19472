package dev.rollsafe.release.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rollsafe:ignore directives for the release-history rules, on real git repositories. */
class HistorySuppressionTest {
    private static final String V1 = "db/migration/V1__init.sql";
    private static final String V2 = "db/migration/V2__email.sql";

    @TempDir
    Path dir;

    private static List<String> ids(CheckResult r) {
        return r.findings().stream().map(f -> f.ruleId() + "@" + f.path() + ":" + f.line()).toList();
    }

    private CheckResult check(boolean cache) {
        return new Engine().check(new CheckRequest(dir, List.of(), null, null, false, null, cache));
    }

    @Test
    void theResultCacheKeepsHistoryDirectives() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write(V1, "CREATE TABLE users (id bigint PRIMARY KEY);\n")
                    .write(V2, "ALTER TABLE users ADD COLUMN email text;\n").commit("v1");
            repo.annotatedTag("v1.0.0");
            repo.write(V2, "-- rollsafe:ignore released-migration-modified -- only the type, same on every server\n"
                    + "ALTER TABLE users ADD COLUMN email varchar(320);\n").commit("work");
        }
        CheckResult fresh = check(false);
        assertEquals(List.of(), ids(fresh), fresh.messages().toString());
        assertEquals(ids(fresh), ids(check(true)));
        assertEquals(ids(fresh), ids(check(true)), "read from the result cache");
    }

    @Test
    void addingOnlyADirectiveToAReleasedFileIsAWhiteSpaceEditNotARealOne() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write(V1, "CREATE TABLE users (id bigint PRIMARY KEY);\n").commit("v1");
            repo.annotatedTag("v1.0.0");
            repo.write(V1, "-- rollsafe:ignore migration-out-of-order -- nothing to do with it\n"
                    + "CREATE TABLE users (id bigint PRIMARY KEY);\n").commit("work");
        }
        CheckResult r = check(false);
        Finding modified = r.findings().stream().filter(f -> f.ruleId().equals("released-migration-modified"))
                .findFirst().orElseThrow(() -> new AssertionError(ids(r)));
        assertTrue(modified.message().contains("white space"), modified.message());
        assertTrue(ids(r).contains("unused-suppression@" + V1 + ":2"), ids(r).toString());
    }

    @Test
    void withoutReleaseHistoryAHistoryDirectiveIsNotCalledUnused() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write(V1, "-- rollsafe:ignore migration-out-of-order -- applied by hand before\n"
                    + "CREATE TABLE users (id bigint PRIMARY KEY);\n").commit("no tag yet");
        }
        assertEquals(List.of(), ids(check(false)));
    }
}
