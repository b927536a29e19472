package dev.rollsafe.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedSinceTest {
    @TempDir
    Path tmp;

    private Set<String> names(ChangedSince c) {
        Set<String> out = new TreeSet<>();
        c.files().forEach(f -> out.add(c.workTree().relativize(f).toString().replace('\\', '/')));
        return out;
    }

    @Test
    void onlyWhatTheBranchChangedSinceTheMergeBaseNotWhatTheBaseDidLater() throws Exception {
        try (GitRepo repo = GitRepo.init(tmp)) {
            repo.write("db/V1__a.sql", "CREATE TABLE a (id int);\n")
                    .write("db/V2__b.sql", "CREATE TABLE b (id int);\n")
                    .write("db/V3__gone.sql", "CREATE TABLE gone (id int);\n").commit("base");
            RevCommit fork = repo.branch("pr").write("db/V4__new.sql", "CREATE TABLE n (id int);\n")
                    .write("db/V2__b.sql", "CREATE TABLE b (id bigint);\n").delete("db/V3__gone.sql")
                    .commit("pr work");
            // main moves on after the branch left it: its changes are not the pull request's
            repo.checkout("main").write("db/V1__a.sql", "-- edited on main\nCREATE TABLE a (id int);\n")
                    .write("db/V9__main.sql", "CREATE TABLE m (id int);\n").commit("main work");
            repo.checkout("pr");

            ChangedSince c = ChangedSince.of(tmp, "main");
            assertEquals(Set.of("db/V2__b.sql", "db/V3__gone.sql", "db/V4__new.sql"), names(c));
            assertTrue(c.contains(tmp.resolve("db/V4__new.sql")));
            assertTrue(c.contains(Path.of("db/V2__b.sql")), "relative to the work tree");
            assertFalse(c.contains(tmp.resolve("db/V1__a.sql")));
            assertEquals(40, c.base().length());
            assertFalse(c.base().equals(fork.name()), "the merge base is main's commit, not the branch's");
        }
    }

    @Test
    void uncommittedAndUntrackedWorkCounts() throws Exception {
        try (GitRepo repo = GitRepo.init(tmp)) {
            repo.write("db/V1__a.sql", "CREATE TABLE a (id int);\n").write(".gitignore", "ignored/\n").commit("base");
            repo.branch("pr").write("db/V1__a.sql", "CREATE TABLE a (id bigint);\n")
                    .write("db/V2__untracked.sql", "CREATE TABLE u (id int);\n")
                    .write("ignored/V3__x.sql", "CREATE TABLE x (id int);\n");
            assertEquals(Set.of("db/V1__a.sql", "db/V2__untracked.sql"), names(ChangedSince.of(tmp, "main")));
        }
    }

    @Test
    void fromASubfolderPathsAreStillAbsoluteInTheWorkTree() throws Exception {
        try (GitRepo repo = GitRepo.init(tmp)) {
            repo.write("svc/db/V1__a.sql", "CREATE TABLE a (id int);\n").commit("base");
            repo.branch("pr").write("svc/db/V2__b.sql", "CREATE TABLE b (id int);\n").commit("pr");
            ChangedSince c = ChangedSince.of(tmp.resolve("svc"), "main");
            assertTrue(c.contains(tmp.resolve("svc/db/V2__b.sql")));
            assertEquals(Set.of("svc/db/V2__b.sql"), names(c));
        }
    }

    @Test
    void aRefThatDoesNotResolveSaysSo() throws Exception {
        try (GitRepo repo = GitRepo.init(tmp)) {
            repo.write("db/V1__a.sql", "CREATE TABLE a (id int);\n").commit("base");
            ChangedSince.Unknown e = assertThrows(ChangedSince.Unknown.class,
                    () -> ChangedSince.of(tmp, "origin/nope"));
            assertTrue(e.getMessage().startsWith("--changed-since origin/nope: no such branch, tag or commit"),
                    e.getMessage());
            ChangedSince.Unknown bad = assertThrows(ChangedSince.Unknown.class, () -> ChangedSince.of(tmp, "a..b^^{"));
            assertTrue(bad.getMessage().contains("no such branch, tag or commit"), bad.getMessage());
        }
    }

    @Test
    void notAGitRepositoryAndUnrelatedHistoriesSaySo() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        ChangedSince.Unknown e = assertThrows(ChangedSince.Unknown.class, () -> ChangedSince.of(plain, "main"));
        assertTrue(e.getMessage().contains("is not inside a git repository"), e.getMessage());

        Path other = tmp.resolve("repo");
        try (GitRepo repo = GitRepo.init(other)) {
            repo.write("a.sql", "SELECT 1;\n").commit("one");
            // an orphan branch shares no commit with main
            try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(other.toFile())) {
                git.checkout().setOrphan(true).setName("orphan").call();
            }
            repo.write("b.sql", "SELECT 2;\n").commit("two");
            ChangedSince.Unknown none = assertThrows(ChangedSince.Unknown.class, () -> ChangedSince.of(other, "main"));
            assertTrue(none.getMessage().contains("share no commit"), none.getMessage());
        }
    }
}
