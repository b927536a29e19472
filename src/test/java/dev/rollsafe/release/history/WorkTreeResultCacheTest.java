package dev.rollsafe.release.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cached result is filed without the working tree's state unless its rules read code references; one that
 * did must still see an edit of the working tree's code (committed or not, tracked or not).
 */
class WorkTreeResultCacheTest {
    private static final String V2 = "db/migration/V2__drop_email.sql";

    @TempDir
    Path dir;

    private List<String> ids(boolean cache) {
        // window 0: only the code being deployed (the working tree) can still read the column
        CheckResult r = new Engine().check(new CheckRequest(dir, List.of(dir.resolve(V2)), null, "15", false, null,
                cache, 0));
        return r.findings().stream().map(f -> f.ruleId() + "@" + f.path() + ":" + f.line()).toList();
    }

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void aResultThatReadReferencesSeesTheWorkingTreesCode() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("db/migration/V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n")
                    .write("src/main/java/app/Users.java",
                            "class Users {\n    static final String Q = \"SELECT id, email FROM users\";\n}\n")
                    .commit("v1");
            repo.annotatedTag("v1.0.0");
        }
        write(V2, "SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN email;\n");
        List<String> reading = ids(false);
        assertEquals(List.of("contract-while-referenced@" + V2 + ":2"), reading);
        assertEquals(reading, ids(true));
        assertEquals(reading, ids(true), "from the cache");

        write("src/main/java/app/Users.java", "class Users {\n    static final String Q = \"SELECT id FROM users\";\n}\n");
        assertEquals(List.of(), ids(false), "the code no longer reads users.email");
        assertEquals(List.of(), ids(true), "an edit of a tracked file is seen through the cache");

        write("src/main/java/app/Report.java", "class Report {\n    static final String Q = \"SELECT email FROM users\";\n}\n");
        assertEquals(reading.size(), ids(false).size());
        assertEquals(ids(false), ids(true), "a new untracked file is seen through the cache");
    }
}
