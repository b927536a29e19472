package dev.rollsafe.release.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temp folder, written with JGit: files, commits, tags, branches. */
final class TestRepo implements AutoCloseable {
    private final Git git;
    private final Path dir;
    private long clock = 1_700_000_000L;

    private TestRepo(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    static TestRepo init(Path dir) throws GitAPIException {
        return new TestRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    }

    Path dir() {
        return dir;
    }

    TestRepo write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    TestRepo delete(String path) throws IOException {
        Files.delete(dir.resolve(path));
        return this;
    }

    TestRepo move(String from, String to) throws IOException {
        Path t = dir.resolve(to);
        Files.createDirectories(t.getParent());
        Files.move(dir.resolve(from), t);
        return this;
    }

    RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("t", "t@example.invalid", Date.from(Instant.ofEpochSecond(clock += 60)),
                TimeZone.getTimeZone(ZoneOffset.UTC));
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    TestRepo annotatedTag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage(name).setSigned(false).call();
        return this;
    }

    TestRepo lightweightTag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
        return this;
    }

    TestRepo branch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    TestRepo checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
