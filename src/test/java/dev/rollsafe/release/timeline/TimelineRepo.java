package dev.rollsafe.release.timeline;

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

/**
 * A real git repository in a temp folder, written with JGit, and the three-release history the timeline tests
 * share: v1.0.0 creates users(id, email) and its code selects email; v1.1.0 adds a column and its code no
 * longer reads email; v1.2.0 drops email.
 */
public final class TimelineRepo implements AutoCloseable {
    public static final String MIGRATIONS = "src/main/resources/db/migration/";
    public static final String DAO = "src/main/java/app/UserDao.java";

    private final Git git;
    private final Path dir;
    private long clock = 1_700_000_000L;

    private TimelineRepo(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    public static TimelineRepo init(Path dir) throws GitAPIException {
        return new TimelineRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    }

    /** The three releases described above, each an annotated tag. */
    public static TimelineRepo threeReleases(Path dir) throws IOException, GitAPIException {
        TimelineRepo repo = init(dir);
        repo.write(MIGRATIONS + "V1__create_users.sql",
                        "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200) NOT NULL);\n")
                .write(DAO, dao("SELECT id, email FROM users WHERE id = ?"))
                .commit("v1.0.0").tag("v1.0.0");
        repo.write(MIGRATIONS + "V2__add_name.sql", "ALTER TABLE users ADD COLUMN name varchar(100);\n")
                .write(DAO, dao("SELECT id, name FROM users WHERE id = ?"))
                .commit("v1.1.0").tag("v1.1.0");
        repo.write(MIGRATIONS + "V3__drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n")
                .commit("v1.2.0").tag("v1.2.0");
        return repo;
    }

    static String dao(String query) {
        return "package app;\n\nclass UserDao {\n    static final String FIND = \"" + query + "\";\n}\n";
    }

    public Path dir() {
        return dir;
    }

    public TimelineRepo write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    public TimelineRepo commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("t", "t@example.invalid", Date.from(Instant.ofEpochSecond(clock += 60)),
                TimeZone.getTimeZone(ZoneOffset.UTC));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        return this;
    }

    public TimelineRepo tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage(name).setSigned(false).call();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
