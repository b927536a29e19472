package dev.rollsafe.report;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.release.timeline.TimelineRepo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * The history the HTML report tests render, a real git repository made with JGit: v1.0.0 creates
 * users(id, email, nick) and its code reads all three; v1.1.0 adds name and stops reading nick; v1.2.0 drops
 * nick (safe: no release in the window reads it). The working tree, not yet released, drops email although
 * v1.2.0 still reads it (a contract-while-referenced error) and adds an index without CONCURRENTLY.
 */
final class HtmlReportRepo {
    static final String MIGRATIONS = TimelineRepo.MIGRATIONS;
    static final String DAO = TimelineRepo.DAO;
    static final String DROP_EMAIL = MIGRATIONS + "V4__drop_email.sql";

    private HtmlReportRepo() {
    }

    static TimelineRepo contractViolation(Path dir) throws IOException, GitAPIException {
        TimelineRepo repo = TimelineRepo.init(dir);
        repo.write(MIGRATIONS + "V1__create_users.sql",
                        "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200) NOT NULL, nick text);\n")
                .write(DAO, dao("SELECT id, email, nick FROM users WHERE id = ?"))
                .commit("v1.0.0").tag("v1.0.0");
        repo.write(MIGRATIONS + "V2__add_name.sql", "ALTER TABLE users ADD COLUMN name varchar(100);\n")
                .write(DAO, dao("SELECT id, email, name FROM users WHERE id = ?"))
                .commit("v1.1.0").tag("v1.1.0");
        repo.write(MIGRATIONS + "V3__drop_nick.sql", "ALTER TABLE users DROP COLUMN nick;\n")
                .commit("v1.2.0").tag("v1.2.0");
        repo.write(DROP_EMAIL, "-- email moved to the accounts service\n"
                        + "ALTER TABLE users\n  DROP COLUMN email;\n"
                        + "CREATE INDEX users_name_idx ON users (name);\n")
                .write(MIGRATIONS + "V5__create_audit.sql",
                        "CREATE TABLE audit (id serial PRIMARY KEY, at timestamp NOT NULL);\n")
                .write(DAO, dao("SELECT id, name FROM users WHERE id = ?"))
                .commit("drop email, add audit");
        return repo;
    }

    static final String HOSTILE_FILE = MIGRATIONS + "V1__<img src=x onerror=alert(1)>.sql";
    static final String HOSTILE_TABLE = "<b>t</b>";
    static final String HOSTILE_COLUMN = "<script>alert(1)</script>";
    static final String HOSTILE_COMMENT = "-- </pre><script>alert(2)</script>&amp;'\"";

    /**
     * Names and text made to break out of HTML: a file name with a tag, a table and a column whose quoted names
     * are tags (released in v1.0.0, the column dropped in v1.1.0, so the timeline shows it), and an unreleased
     * migration whose flagged statement carries markup in a comment on the same line.
     */
    static TimelineRepo hostile(Path dir) throws IOException, GitAPIException {
        TimelineRepo repo = TimelineRepo.init(dir);
        repo.write(HOSTILE_FILE, "CREATE TABLE \"" + HOSTILE_TABLE + "\" (id bigint PRIMARY KEY, \""
                        + HOSTILE_COLUMN + "\" text);\n")
                .commit("v1.0.0").tag("v1.0.0");
        repo.write(MIGRATIONS + "V2__drop.sql", "ALTER TABLE \"" + HOSTILE_TABLE + "\" DROP COLUMN \""
                        + HOSTILE_COLUMN + "\";\n")
                .commit("v1.1.0").tag("v1.1.0");
        repo.write(MIGRATIONS + "V3__index.sql", "CREATE INDEX \"i<iframe>\" ON \"" + HOSTILE_TABLE
                        + "\" (id); " + HOSTILE_COMMENT + "\n")
                .commit("index");
        return repo;
    }

    static String dao(String query) {
        return "package app;\n\nclass UserDao {\n    static final String FIND = \"" + query + "\";\n}\n";
    }

    /** What {@code check --format html} writes for the repository in {@code dir} (the real engine). */
    static String render(Path dir) {
        CheckResult result = new Engine().check(new CheckRequest(dir, List.of(), null, null, false, null, false));
        StringWriter text = new StringWriter();
        HtmlReport.withHistory("test", dir, null).write(result, new PrintWriter(text));
        return text.toString();
    }
}
