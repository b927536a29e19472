package dev.rollsafe.release.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {
    @TempDir
    Path tmp;

    private static List<String> tags(GitHistory h) {
        return h.releases().stream().map(Release::tag).toList();
    }

    @Test
    void releasesInVersionOrderFromEveryBranchAnnotatedOrLightweight() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write("a.txt", "1").commit("one");
            repo.annotatedTag("v1.9.0");
            RevCommit c2 = repo.write("a.txt", "2").commit("two");
            repo.lightweightTag("v1.10.0");
            repo.branch("release-1.10").write("a.txt", "hotfix").commit("hotfix");
            repo.annotatedTag("v1.10.1"); // on a branch never merged back
            repo.checkout("main").write("a.txt", "3").commit("three");
            repo.annotatedTag("v2.0.0-rc.1");
            RevCommit head = repo.write("a.txt", "4").commit("four");
            repo.lightweightTag("v2.0.0").annotatedTag("latest").lightweightTag("deploy-prod");

            Optional<GitHistory> opened = GitHistory.open(tmp.resolve("sub/dir/that/does/not/exist"));
            assertTrue(opened.isPresent(), "found by walking up");
            try (GitHistory h = opened.get()) {
                assertEquals(List.of("v1.9.0", "v1.10.0", "v1.10.1", "v2.0.0-rc.1", "v2.0.0"), tags(h));
                assertEquals(c2.name(), h.releases().get(1).commit(), "a lightweight tag peels to its commit");
                assertEquals(head.name(), h.headCommit().orElseThrow());
                assertEquals("v2.0.0", h.releaseAtHead().orElseThrow().tag(), "other tags at HEAD are no releases");
                assertEquals(tmp.toRealPath(), h.workTree().orElseThrow().toRealPath());
            }
        }
    }

    @Test
    void aNonReleaseTagAtHeadIsNoReleaseAtHead() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write("a.txt", "1").commit("one");
            repo.annotatedTag("v1.0.0");
            repo.write("a.txt", "2").commit("two");
            repo.annotatedTag("nightly").lightweightTag("v1.0.0-");
            try (GitHistory h = GitHistory.open(tmp).orElseThrow()) {
                assertEquals(List.of("v1.0.0"), tags(h));
                assertTrue(h.releaseAtHead().isEmpty());
            }
        }
    }

    @Test
    void configuredPatternDecidesWhatIsARelease() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            repo.write("a.txt", "1").commit("one");
            repo.annotatedTag("release-7").annotatedTag("v1.0.0");
            TagPattern p = TagPattern.of(new dev.rollsafe.source.Config(null, List.of(), null, null, null,
                    java.util.Map.of("releaseTags", "release-\\d+")));
            try (GitHistory h = GitHistory.open(tmp, p, new ArrayList<>()).orElseThrow()) {
                assertEquals(List.of("release-7"), tags(h));
                assertEquals("release-7", h.releaseAtHead().orElseThrow().tag());
            }
        }
    }

    @Test
    void noTagsStillWorks() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp)) {
            RevCommit c = repo.write("a.txt", "1").commit("one");
            List<String> notes = new ArrayList<>();
            try (GitHistory h = GitHistory.open(tmp, TagPattern.DEFAULT, notes).orElseThrow()) {
                assertTrue(h.releases().isEmpty());
                assertTrue(h.releaseAtHead().isEmpty());
                assertEquals(c.name(), h.headCommit().orElseThrow());
            }
            assertTrue(notes.isEmpty(), notes.toString());
        }
    }

    @Test
    void emptyRepositoryHasNoHead() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp); GitHistory h = GitHistory.open(tmp).orElseThrow()) {
            assertTrue(h.headCommit().isEmpty());
            assertTrue(h.releases().isEmpty());
        }
    }

    @Test
    void notAGitRepositorySaysSoOnce() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        List<String> notes = new ArrayList<>();
        // a temp folder may itself sit inside some repository: only assert when it does not
        org.junit.jupiter.api.Assumptions.assumeFalse(hasGitAbove(plain));
        assertTrue(GitHistory.open(plain, TagPattern.DEFAULT, notes).isEmpty());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("not inside a git repository"), notes.get(0));
    }

    @Test
    void brokenRepositoryIsOneLineAndNoHistory() throws Exception {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve(".git"), "gitdir: /nowhere/at/all\n");
        List<String> notes = new ArrayList<>();
        assertTrue(GitHistory.open(broken, TagPattern.DEFAULT, notes).isEmpty());
        assertEquals(1, notes.size(), notes.toString());
        assertFalse(notes.get(0).contains("\n"));
        Path garbage = Files.createDirectories(tmp.resolve("garbage/.git"));
        Files.writeString(garbage.resolve("HEAD"), "not a ref");
        notes.clear();
        assertTrue(GitHistory.open(garbage.getParent(), TagPattern.DEFAULT, notes).isEmpty());
        assertEquals(1, notes.size(), notes.toString());
    }

    @Test
    void linkedWorktreeOfThisProjectIsFound() {
        // the project itself is often checked out as a linked worktree (a .git file): JGit must follow it
        Path root = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(root.resolve(".git")),
                "not a linked worktree");
        List<String> notes = new ArrayList<>();
        Optional<GitHistory> h = GitHistory.open(root.resolve("src/main"), TagPattern.DEFAULT, notes);
        assertTrue(h.isPresent(), notes.toString());
        try (GitHistory g = h.get()) {
            assertTrue(g.headCommit().isPresent());
            assertEquals(root.toAbsolutePath().normalize(), g.workTree().orElseThrow());
        }
    }

    private static boolean hasGitAbove(Path p) {
        for (Path q = p.toAbsolutePath(); q != null; q = q.getParent()) {
            if (Files.exists(q.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
