package dev.rollsafe.precommit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook of {@code .pre-commit-hooks.yaml}, run by the real {@code pre-commit} program the way a team uses it:
 * a project's {@code .pre-commit-config.yaml} names a git repository holding this working tree (with the jar
 * built by {@code mvn package}, so that the clone need not build) at a commit; {@code pre-commit install} puts
 * the git hook in place and {@code git commit} runs it on the staged migration.
 *
 * <p>Runs after {@code package} (its own surefire execution in the pom). Skips when {@code pre-commit} or
 * {@code git} is not installed, except with {@code CI=true}, where that is a failure ({@code .ci/run} installs
 * pre-commit). The transcripts are printed for the record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreCommitHookIT {
    private static final List<String> COPIED = List.of(".pre-commit-hooks.yaml", "bin/rollsafe", "pom.xml", "rules",
            "src/main", "examples");

    @TempDir
    static Path tmp;
    static Path project;
    static Map<String, String> env;

    @BeforeAll
    static void setUp() throws IOException {
        boolean ci = "true".equals(System.getenv("CI"));
        for (String program : List.of("pre-commit", "git")) {
            boolean present = onPath(program);
            if (!present && ci) {
                fail(program + " is not installed (CI=true: .ci/run installs it)");
            }
            Assumptions.assumeTrue(present, program + " is not installed: pre-commit hook test skipped");
        }
        Path repo = Path.of(System.getProperty("rollsafe.repoRoot", ".")).toAbsolutePath().normalize();
        Path jar = newestJar(repo.resolve("target"));
        env = Map.of("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString(),
                "ROLLSAFE_CACHE_DIR", tmp.resolve("rollsafe-cache").toString(),
                "GIT_AUTHOR_NAME", "test", "GIT_AUTHOR_EMAIL", "test@example.invalid",
                "GIT_COMMITTER_NAME", "test", "GIT_COMMITTER_EMAIL", "test@example.invalid",
                "GIT_CONFIG_NOSYSTEM", "1", "GIT_CONFIG_GLOBAL", "/dev/null");

        // the hook repository: what pre-commit clones (the working tree's files plus the jar, committed)
        Path hooks = tmp.resolve("rollsafe-hooks");
        for (String part : COPIED) {
            copy(repo.resolve(part), hooks.resolve(part));
        }
        copy(jar, hooks.resolve("target").resolve(jar.getFileName()));
        run(hooks, "git", "init", "-q");
        run(hooks, "git", "add", "-A");
        run(hooks, "git", "commit", "-qm", "rollsafe under test");
        String rev = run(hooks, "git", "rev-parse", "HEAD").out.strip();

        // the team's project: a Flyway folder whose first migration creates the table the next ones change
        project = tmp.resolve("shop");
        Files.createDirectories(project.resolve("db/migration"));
        run(project, "git", "init", "-q");
        write("db/migration/V1__orders.sql",
                "CREATE TABLE orders (\n    id bigint PRIMARY KEY,\n    status text NOT NULL\n);\n");
        write(".pre-commit-config.yaml", "repos:\n- repo: " + hooks + "\n  rev: " + rev
                + "\n  hooks:\n  - id: rollsafe\n    args: [--dialect, postgresql, --db-version, \"15\"]\n");
        run(project, "git", "add", "-A");
        run(project, "git", "commit", "-qm", "the first schema");
        Result install = run(project, "pre-commit", "install");
        assertTrue(install.out.contains("pre-commit installed"), install.toString());
    }

    @Test
    @Order(1)
    void aStagedMigrationWithAHazardBlocksTheCommit() throws IOException {
        // only with V1 replayed from disk does rollsafe know orders.status is text being rewritten to integer
        write("db/migration/V2__status_code.sql", "SET lock_timeout = '2s';\n"
                + "ALTER TABLE orders ALTER COLUMN status TYPE integer USING status::integer;\n");
        run(project, "git", "add", "db/migration/V2__status_code.sql");
        String before = head();
        Result commit = runAllowingFailure(project, "git", "commit", "-m", "status as a code");
        System.out.println("$ git commit -m 'status as a code'   # V2 changes a column's type\n" + commit.all());
        assertNotEquals(0, commit.code, commit.toString());
        assertTrue(commit.all().contains("rollsafe" ) && commit.all().contains("Failed"), commit.toString());
        assertTrue(commit.all().contains("db/migration/V2__status_code.sql:2:1: error[column-type-change-rewrites-table]: "
                + "changing orders.status from text to integer rewrites every row of orders"), commit.toString());
        assertTrue(commit.all().contains("help:"), commit.toString());
        assertFalse(commit.all().contains("V1__orders.sql:"), "only the staged file is reported: " + commit);
        assertEquals(before, head(), "no commit was made");
        run(project, "git", "rm", "-q", "--cached", "db/migration/V2__status_code.sql");
        Files.delete(project.resolve("db/migration/V2__status_code.sql"));
    }

    @Test
    @Order(2)
    void aSafeMigrationPasses() throws IOException {
        write("db/migration/V2__order_note.sql", "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n");
        run(project, "git", "add", "db/migration/V2__order_note.sql");
        String before = head();
        Result commit = runAllowingFailure(project, "git", "commit", "-m", "a note on orders");
        System.out.println("$ git commit -m 'a note on orders'   # V2 adds a nullable column\n" + commit.all());
        assertEquals(0, commit.code, commit.toString());
        assertTrue(commit.all().matches("(?s).*rollsafe\\.+Passed.*"), commit.toString());
        assertNotEquals(before, head());
    }

    @Test
    @Order(3)
    void aSuppressedFindingPasses() throws IOException {
        write("db/migration/V3__status_code.sql", "SET lock_timeout = '2s';\n"
                + "-- rollsafe:ignore column-type-change-rewrites-table -- orders holds a few hundred rows\n"
                + "ALTER TABLE orders ALTER COLUMN status TYPE integer USING status::integer;\n");
        run(project, "git", "add", "db/migration/V3__status_code.sql");
        String before = head();
        Result commit = runAllowingFailure(project, "git", "commit", "-m", "status as a code, knowingly");
        System.out.println("$ git commit -m 'status as a code, knowingly'   # the same change, suppressed with a reason\n"
                + commit.all());
        assertEquals(0, commit.code, commit.toString());
        assertTrue(commit.all().matches("(?s).*rollsafe\\.+Passed.*"), commit.toString());
        assertNotEquals(before, head());
    }

    @Test
    @Order(4)
    void aBatchOfFilesIsCheckedInOneRunAndReportsEachFile() throws IOException {
        write("db/migration/V4__index.sql", "CREATE INDEX orders_note_idx ON orders (note);\n");
        write("db/migration/V5__ok.sql", "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN paid_at timestamptz;\n");
        run(project, "git", "add", "db/migration/V4__index.sql", "db/migration/V5__ok.sql");
        Result all = runAllowingFailure(project, "pre-commit", "run", "--all-files");
        System.out.println("$ pre-commit run --all-files\n" + all.all());
        assertEquals(1, all.code, all.toString());
        assertTrue(all.all().contains("db/migration/V4__index.sql:1:1: error[create-index-blocks-writes]"), all.toString());
        assertFalse(all.all().contains("V5__ok.sql:"), all.toString());
        assertFalse(all.all().contains("V2__order_note.sql:"), all.toString());
    }

    private static String head() {
        return run(project, "git", "rev-parse", "HEAD").out.strip();
    }

    private static void write(String name, String text) throws IOException {
        Path p = project.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static Path newestJar(Path target) throws IOException {
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("rollsafe-.*-cli\\.jar"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("no " + target + "/rollsafe-*-cli.jar: this test runs after "
                            + "`mvn package`"));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Result run(Path dir, String... command) {
        Result r = runAllowingFailure(dir, command);
        assertEquals(0, r.code, () -> String.join(" ", command) + " failed: " + r);
        return r;
    }

    private static Result runAllowingFailure(Path dir, String... command) {
        try {
            Files.createDirectories(dir);
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
            pb.environment().putAll(env);
            Path out = Files.createTempFile(tmp, "out", ".txt");
            Path err = Files.createTempFile(tmp, "err", ".txt");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in 10 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
