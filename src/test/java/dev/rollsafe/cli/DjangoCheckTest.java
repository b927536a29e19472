package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rollsafe check and classify on the Django fixture projects: findings point at the operations' lines. */
class DjangoCheckTest {

    static Path project(String name) {
        return Path.of(System.getProperty("rollsafe.repoRoot", ".")).toAbsolutePath().normalize()
                .resolve("testdata/layouts").resolve(name);
    }

    @Test
    void addFieldWithAPythonDefaultIsARequiredColumnAtItsLine() {
        CliRun run = CliRun.real(project("django"), "check", "--no-cache");
        assertEquals(1, run.code, run.out + run.err);
        assertTrue(run.out.contains("accounts/migrations/0002_customer_phone.py:13:9: error[required-column-without-default]: "
                + "required column accounts_customer.phone (NOT NULL) is added with a default"), run.out);
        assertTrue(run.out.contains("accounts/migrations/0002_customer_phone.py:24:9: error[create-index-blocks-writes]: "
                + "creating index accounts_cu_created_6f1b2a_idx on accounts_customer"), run.out);
        assertTrue(run.out.contains("  13 |         migrations.AddField("), run.out);
        // the nullable AddField (line 19) is no required column; the new tables' own indexes block nobody
        assertFalse(run.out.contains("0002_customer_phone.py:19:9: error[required-column"), run.out);
        assertFalse(run.out.contains("orders/migrations/0001_initial.py:16:9: error[create-index-blocks-writes]"), run.out);
        // atomic = False: the RunSQL's CREATE INDEX CONCURRENTLY is not in a transaction
        assertFalse(run.out.contains("concurrent-index-in-transaction"), run.out);
        assertTrue(run.out.contains("orders/migrations/0002_order_reference.py:29:9: warning[statement-not-rerunnable]"),
                run.out);
        assertFalse(run.out.contains("unparsed-statement"), run.out);
    }

    @Test
    void classifyShowsEachOperationInDependencyOrder() {
        CliRun run = CliRun.real(project("django"), "classify");
        String[] lines = run.out.strip().split("\n");
        assertTrue(lines[lines.length - 1].matches(
                "accounts/migrations/0003_remove_customer_full_name.py:14: +destructive +drop column "
                        + "accounts_customer.full_name"), run.out);
        assertTrue(run.out.contains("orders/migrations/0002_order_reference.py:28:              data         update"),
                run.out);
        assertTrue(run.out.matches("(?s).*0002_order_reference.py:34: +neutral +no schema change.*"),
                "a RenameField that keeps its db_column changes nothing: " + run.out);
    }

    @Test
    void unreadableMigrationsAreFindingsAtTheirLine() {
        CliRun run = CliRun.real(project("django-broken"), "check", "--no-cache", "--fail-level", "warning");
        assertEquals(1, run.code, run.out + run.err);
        assertTrue(run.out.contains("polls/migrations/0002_question_votes.py:16:27: warning[unparsed-statement]"),
                run.out);
        assertTrue(run.out.contains("a string is never closed on its line"), run.out);
        assertTrue(run.out.contains("polls/migrations/0003_custom.py:13:9: warning[unparsed-statement]"), run.out);
        assertTrue(run.out.contains("unknown Django operation LoadFixture"), run.out);
        assertFalse(run.err.contains("Exception"), run.err);
    }

    @Test
    void mysqlProjectsReadTheirSettings() {
        CliRun run = CliRun.real(project("django-mysql"), "check", "--no-cache");
        assertTrue(run.out.contains("blog/migrations/0002_post_slug.py:11:9: error[required-column-without-default]: "
                + "required column journal_post.slug (NOT NULL)"), run.out);
        assertFalse(run.out.contains("unused-suppression"), "the Python comment reached its operation: " + run.out);
        assertFalse(run.out.contains("0002_post_slug.py:18:9: error[missing-lock-timeout]"), run.out);
        assertTrue(run.out.contains("0002_post_slug.py:11:9: error[missing-lock-timeout]"), run.out);
        CliRun classify = CliRun.real(project("django-mysql"), "classify");
        assertTrue(classify.out.contains("redefine column journal_post.title as varchar(300)"), classify.out);
    }

    @Test
    void fixLeavesPythonMigrationsAlone(@TempDir Path dir) throws Exception {
        Path from = project("django");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Path to = dir.resolve(from.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to);
        }
        CliRun run = CliRun.real(dir, "check", "--no-cache", "--fix");
        assertTrue(run.code == 1, run.out + run.err);
        for (Path f : files) {
            assertEquals(Files.readString(f), Files.readString(dir.resolve(from.relativize(f).toString())),
                    "SQL edits must never be written into " + f);
        }
    }
}
