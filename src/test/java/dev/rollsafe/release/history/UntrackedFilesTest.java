package dev.rollsafe.release.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The working tree's untracked files, as git status lists them: not tracked, not ignored, in any folder. */
class UntrackedFilesTest {
    @TempDir
    Path dir;

    private void write(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x\n", StandardCharsets.UTF_8);
    }

    @Test
    void untrackedFilesAreListedIgnoredOnesAreNot() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write(".gitignore", "build/\n*.log\n").write("src/A.java", "class A {}\n").commit("one");
        }
        write("src/B.java");
        write("src/deep/new/C.java");
        write("notes.txt");
        write("build/Generated.java");
        write("src/debug.log");
        try (GitHistory history = GitHistory.open(dir).orElseThrow()) {
            assertEquals(Set.of("src/B.java", "src/deep/new/C.java", "notes.txt"),
                    new TreeSet<>(history.untrackedFiles()));
        }
    }
}
