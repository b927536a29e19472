package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.GitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedSinceCliTest {
    @TempDir
    Path tmp;

    private static final String DB = "db/migration/";

    /** main: two tables and an index (a hazard already merged); the pull request adds V3 and V4. */
    private GitRepo pullRequest() throws Exception {
        GitRepo repo = GitRepo.init(tmp);
        repo.write(DB + "V1__users.sql", "CREATE TABLE users (id int, email text);\n")
                .write(DB + "V2__orders.sql", "CREATE TABLE orders (id int, total int);\n"
                        + "CREATE INDEX users_email ON users (email);\n")
                .commit("main");
        repo.branch("pr")
                // orders comes from V2, which the pull request does not touch: only the replay knows it exists
                .write(DB + "V3__orders_index.sql", "CREATE INDEX orders_total ON orders (total);\n")
                .write(DB + "V4__fresh.sql", "CREATE TABLE fresh (id int);\nCREATE INDEX fresh_id ON fresh (id);\n")
                .commit("pr");
        return repo;
    }

    private static List<String> findingLines(String out) {
        return out.lines().filter(l -> l.matches("^\\S+:\\d+:\\d+: .*")).toList();
    }

    @Test
    void lintsOnlyWhatThePullRequestChangedWithTheSiblingsAsContext() throws Exception {
        try (GitRepo repo = pullRequest()) {
            CliRun all = CliRun.real(tmp, "check", "--no-cache", "--dialect", "postgresql");
            assertEquals(2, findingLines(all.out).stream().filter(l -> l.contains("create-index-blocks-writes"))
                    .count(), all::toString);

            CliRun changed = CliRun.real(tmp, "check", "--no-cache", "--dialect", "postgresql",
                    "--changed-since", "main");
            List<String> lines = findingLines(changed.out);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(DB + "V3__orders_index.sql:1:1: error["
                    + "create-index-blocks-writes]")), changed::toString);
            assertTrue(lines.stream().allMatch(l -> l.startsWith(DB + "V3__")), changed::toString);
            assertEquals(1, changed.code, changed::toString);
            assertTrue(changed.out.endsWith("in 4 files (6 statements)\n"), "every file is still read: " + changed);
        }
    }

    @Test
    void aCleanPullRequestPassesEvenWhenMainHasFindings() throws Exception {
        try (GitRepo repo = GitRepo.init(tmp)) {
            repo.write(DB + "V1__users.sql", "CREATE TABLE users (id int, email text);\n")
                    .write(DB + "V2__idx.sql", "CREATE INDEX users_email ON users (email);\n").commit("main");
            repo.branch("pr").write(DB + "V3__safe.sql", "CREATE INDEX CONCURRENTLY users_id ON users (id);\n")
                    .commit("pr");
            CliRun run = CliRun.real(tmp, "check", "--no-cache", "--dialect", "postgresql", "--changed-since", "main");
            assertEquals(0, run.code, run::toString);
            assertEquals(List.of(), findingLines(run.out), run::toString);
        }
    }

    @Test
    void theGithubFormatAnnotatesOnlyTheChangedFile() throws Exception {
        try (GitRepo repo = pullRequest()) {
            CliRun run = CliRun.real(tmp, "check", "--no-cache", "--dialect", "postgresql", "--changed-since", "main",
                    "--format", "github");
            assertEquals(1, run.code, run::toString);
            assertTrue(run.out.startsWith("::error file=db/migration/V3__orders_index.sql,line=1,endLine=1,col=1,"
                    + "endColumn=43,title=rollsafe error[create-index-blocks-writes]::creating index orders_total on orders "),
                    run::toString);
            assertTrue(run.out.lines().filter(l -> l.startsWith("::")).allMatch(l -> l.contains("file=db/migration/V3__")),
                    run::toString);
            assertTrue(run.out.endsWith("\nrollsafe: 2 errors in 4 files (6 statements)\n"), run::toString);
        }
    }

    @Test
    void aRefThatDoesNotResolveIsASetupError() throws Exception {
        try (GitRepo repo = pullRequest()) {
            CliRun run = CliRun.real(tmp, "check", "--changed-since", "origin/nope");
            assertEquals(2, run.code, run::toString);
            assertEquals("", run.out);
            assertTrue(run.err.startsWith("rollsafe: --changed-since origin/nope: no such branch, tag or commit"),
                    run::toString);
            assertEquals(1, run.err.lines().count(), run::toString);
        }
    }

    @Test
    void outsideAGitRepositoryIsASetupError() throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve(DB));
        java.nio.file.Files.writeString(tmp.resolve(DB + "V1__a.sql"), "CREATE TABLE a (id int);\n");
        CliRun run = CliRun.real(tmp, "check", "--changed-since", "main");
        assertEquals(2, run.code, run::toString);
        assertTrue(run.err.contains("is not inside a git repository"), run::toString);
        assertFalse(run.err.contains("Exception"), run::toString);
    }

    @Test
    void theResultCacheDoesNotMixAFullRunWithAChangedOne() throws Exception {
        try (GitRepo repo = pullRequest()) {
            CliRun full = CliRun.real(tmp, "check", "--dialect", "postgresql");
            CliRun changed = CliRun.real(tmp, "check", "--dialect", "postgresql", "--changed-since", "main");
            CliRun fullAgain = CliRun.real(tmp, "check", "--dialect", "postgresql");
            assertEquals(4, findingLines(full.out).size(), full::toString);
            assertEquals(2, findingLines(changed.out).size(), changed::toString);
            assertEquals(full.out, fullAgain.out);
        }
    }

    @Test
    void releaseHistoryFindingsOnlyForFilesThePullRequestTouched() throws Exception {
        try (GitRepo repo = GitRepo.init(tmp)) {
            repo.write(DB + "V1__users.sql", "CREATE TABLE users (id int);\n")
                    .write(DB + "V2__orders.sql", "CREATE TABLE orders (id int);\n").commit("v1");
            repo.tag("v1.0.0");
            // main edited a shipped migration before the branch left it; the pull request edits another
            repo.write(DB + "V2__orders.sql", "CREATE TABLE orders (id bigint);\n").commit("main edit");
            repo.branch("pr").write(DB + "V1__users.sql", "CREATE TABLE users (id bigint);\n").commit("pr edit");

            CliRun full = CliRun.real(tmp, "check", "--no-cache", "--dialect", "postgresql");
            List<String> all = findingLines(full.out);
            assertTrue(all.stream().anyMatch(l -> l.startsWith(DB + "V1__")), full::toString);
            assertTrue(all.stream().anyMatch(l -> l.startsWith(DB + "V2__")), full::toString);

            CliRun changed = CliRun.real(tmp, "check", "--no-cache", "--dialect", "postgresql", "--changed-since",
                    "main");
            List<String> lines = findingLines(changed.out);
            assertFalse(lines.isEmpty(), changed::toString);
            assertTrue(lines.stream().allMatch(l -> l.startsWith(DB + "V1__")), changed::toString);
        }
    }
}
