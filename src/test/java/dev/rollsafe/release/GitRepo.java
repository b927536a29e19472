package dev.rollsafe.release;

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

/** A real git repository in a temp folder, made with JGit, for tests of what a branch changed. */
public final class GitRepo implements AutoCloseable {
    private final Git git;
    private final Path dir;
    private long clock = 1_700_000_000L;

    private GitRepo(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    /** A new repository whose first branch is {@code main}. */
    public static GitRepo init(Path dir) throws GitAPIException {
        return new GitRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    }

    /** A clone of {@code origin} (so that {@code origin/main} exists, as in a CI checkout). */
    public static GitRepo cloneOf(GitRepo origin, Path dir) throws GitAPIException {
        return new GitRepo(Git.cloneRepository().setURI(origin.dir.toUri().toString()).setDirectory(dir.toFile())
                .call(), dir);
    }

    public Path dir() {
        return dir;
    }

    public GitRepo write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    public GitRepo delete(String path) throws IOException {
        Files.delete(dir.resolve(path));
        return this;
    }

    public RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("t", "t@example.invalid", Date.from(Instant.ofEpochSecond(clock += 60)),
                TimeZone.getTimeZone(ZoneOffset.UTC));
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** A lightweight tag at HEAD (a release, for the release history). */
    public GitRepo tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
        return this;
    }

    /** Creates {@code name} at HEAD and checks it out. */
    public GitRepo branch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    public GitRepo checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
        return this;
    }

    /** Fetches every branch of {@code origin} into {@code refs/remotes/origin/}. */
    public GitRepo fetch() throws GitAPIException {
        git.fetch().setRemote("origin").call();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
