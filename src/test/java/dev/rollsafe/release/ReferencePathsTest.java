package dev.rollsafe.release;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferencePathsTest {

    private final ReferencePaths defaults = new ReferencePaths(List.of(), List.of(), Set.of("db/migration/V1__a.sql"));

    @Test
    void applicationCodeIsRead() {
        assertTrue(defaults.wanted("src/main/java/shop/CustomerQueries.java"));
        assertTrue(defaults.wanted("services/billing/it/Queries.java"), "an 'it' folder not under src is code");
        assertTrue(defaults.wanted("app/models.py"));
    }

    @Test
    void testCodeExamplesAndMigrationsAreNot() {
        assertFalse(defaults.wanted("src/it/release-verdict/src/main/java/shop/CustomerQueries.java"),
                "Maven's integration-test projects are test code");
        assertFalse(defaults.wanted("module-a/src/it/reactor/src/main/java/App.java"));
        assertFalse(defaults.wanted("src/test/java/shop/CustomerQueriesTest.java"));
        assertFalse(defaults.wanted("examples/shop/src/main/java/Shop.java"));
        assertFalse(defaults.wanted("db/migration/V1__a.sql"));
        assertFalse(defaults.wanted("README.md"));
    }

    @Test
    void includeAndExcludeGlobsWin() {
        ReferencePaths configured = new ReferencePaths(List.of("src/it/keep/**"), List.of("tools/**"), Set.of());
        assertTrue(configured.wanted("src/it/keep/src/main/java/Legacy.java"));
        assertFalse(configured.wanted("tools/gen/Gen.java"));
    }
}
