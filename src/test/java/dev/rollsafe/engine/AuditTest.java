package dev.rollsafe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check lints: the deploy by default; with --all an audit, where a migration that shipped in release R
 * is judged against the releases before R (and R's own code), not against today's window.
 */
class AuditTest {
    @TempDir
    Path repo;

    private long clock = 1_700_000_000L;

    private void write(String path, String text) throws Exception {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private void commit(Git git, String message, String tag) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("t", "t@example.invalid", Date.from(Instant.ofEpochSecond(clock += 60)),
                TimeZone.getTimeZone(ZoneOffset.UTC));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        if (tag != null) {
            git.tag().setName(tag).setAnnotated(true).setMessage(tag).setSigned(false).call();
        }
    }

    private List<Finding> contract(boolean all) {
        CheckResult r = new Engine().check(new CheckRequest(repo, List.of(), null, null, all, null, false));
        return r.findings().stream().filter(f -> f.ruleId().equals("contract-while-referenced")).toList();
    }

    @Test
    void newCodeNotYetAddedToGitIsTheCodeBeingChecked() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("db/migration/V1__init.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
            commit(git, "v1.0.0", "v1.0.0");
        }
        write("db/migration/V2__drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n");
        assertEquals(List.of(), contract(false), "nothing uses email yet");
        write("src/main/java/app/Mailer.java", "class Mailer { static final String Q = \"SELECT email FROM users\"; }\n");
        List<Finding> found = contract(false);
        assertEquals(1, found.size(), found::toString);
        assertEquals("HEAD", found.get(0).evidence().get(0).release());
        assertEquals("src/main/java/app/Mailer.java", found.get(0).evidence().get(0).path());
    }

    @Test
    void aOneStepDropThatAlreadyShippedIsHistoryUnlessAudited() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("db/migration/V1__init.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
            write("src/main/java/app/Users.java",
                    "class Users { static final String Q = \"SELECT id, email FROM users\"; }\n");
            commit(git, "v1.0.0", "v1.0.0");
            write("db/migration/V2__drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n");
            write("src/main/java/app/Users.java", "class Users { static final String Q = \"SELECT id FROM users\"; }\n");
            commit(git, "v1.1.0: code and drop in one release", "v1.1.0");
            write("db/migration/V3__name.sql", "ALTER TABLE users ADD COLUMN name text;\n");
            commit(git, "unreleased work", null);
        }
        assertEquals(List.of(), contract(false), "V2 shipped in v1.1.0: history, not linted by default");

        List<Finding> audit = contract(true);
        assertEquals(1, audit.size(), audit::toString);
        Finding f = audit.get(0);
        assertEquals("db/migration/V2__drop_email.sql", f.path());
        assertTrue(f.message().contains("release v1.0.0"), f.message());
        assertEquals("v1.0.0", f.evidence().get(0).release());
        assertEquals("src/main/java/app/Users.java", f.evidence().get(0).path());
        assertEquals(1, f.evidence().get(0).line());
    }
}
