package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rollsafe.release.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/github-check, the script action.yml runs, run with bash as the runner runs it, on a real git repository:
 * an "upstream" with a main branch, a clone (so origin/main exists, as after actions/checkout with
 * fetch-depth: 0) with a pull-request branch. rollsafe itself is real: the script's ROLLSAFE points at a
 * launcher of this build's classes.
 */
class GithubCheckScriptTest {
    private static final String DB = "db/migration/";
    private static final Path SCRIPT = Path.of("bin/github-check").toAbsolutePath();

    @TempDir
    Path tmp;

    private Path launcher;
    private Path outputFile;
    private Path summaryFile;

    private record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    @BeforeEach
    void launcher() throws IOException {
        assumeTrue(onPath("bash") || "true".equals(System.getenv("CI")), "bash is not installed");
        launcher = tmp.resolve("rollsafe");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' dev.rollsafe.cli.Main \"$@\"\n");
        launcher.toFile().setExecutable(true);
        outputFile = tmp.resolve("github-output");
        summaryFile = tmp.resolve("step-summary");
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    /** Whether this build has the SARIF report (another part of the work adds it). */
    private static boolean sarifSupported() {
        return Arrays.stream(Format.values()).anyMatch(f -> f.name().equals("SARIF"));
    }

    private Result script(Path dir, Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("ROLLSAFE") || k.equals("NO_COLOR"));
        env.put("ROLLSAFE", launcher.toString());
        env.put("GITHUB_BASE_REF", "main");
        env.put("GITHUB_OUTPUT", outputFile.toString());
        env.put("GITHUB_STEP_SUMMARY", summaryFile.toString());
        if (!sarifSupported()) {
            env.put("ROLLSAFE_SARIF", "");
        }
        env.putAll(extra);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the script did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** upstream main: users, orders and an index already merged (a hazard the pull request did not make). */
    private GitRepo upstream() throws Exception {
        GitRepo up = GitRepo.init(tmp.resolve("upstream"));
        up.write(DB + "V1__users.sql", "CREATE TABLE users (id int, email text);\n")
                .write(DB + "V2__index.sql", "CREATE INDEX users_email ON users (email);\n").commit("main");
        return up;
    }

    @Test
    void aPullRequestWithAHazardIsAnnotatedOnItsOwnFileAndFails() throws Exception {
        try (GitRepo up = upstream(); GitRepo work = GitRepo.cloneOf(up, tmp.resolve("work"))) {
            work.branch("pr").write(DB + "V3__orders.sql", "CREATE TABLE orders (id int, user_id int);\n"
                    + "CREATE INDEX users_id ON users (id);\n").commit("pr: orders");
            // main moves on after the branch left it (its hazardous V2 edited): not the pull request's change
            up.write(DB + "V2__index.sql", "-- reviewed\nCREATE INDEX users_email ON users (email);\n").commit("edit");
            work.fetch();

            Result r = script(work.dir(), Map.of());
            assertEquals(1, r.code, r::toString);
            List<String> annotations = r.out.lines().filter(l -> l.startsWith("::")).toList();
            assertFalse(annotations.isEmpty(), r::toString);
            assertTrue(annotations.stream().allMatch(l -> l.contains("file=db/migration/V3__orders.sql,")), r::toString);
            assertTrue(annotations.get(0).startsWith("::error file=db/migration/V3__orders.sql,line=2,endLine=2,"
                    + "col=1,endColumn=35,title=rollsafe error[create-index-blocks-writes]::creating index users_id "
                    + "on users"), r::toString);
            assertTrue(r.out.endsWith("rollsafe: " + annotations.size() + " errors in 3 files (4 statements)\n"),
                    r::toString);

            String output = Files.readString(outputFile);
            assertTrue(output.contains("exit-code=1\n"), output);
            String summary = Files.readString(summaryFile);
            assertTrue(summary.startsWith("### rollsafe\nMigrations changed since the merge base with "
                    + "`origin/main`: " + annotations.size() + " errors in 3 files"), summary);
            if (sarifSupported()) {
                Path sarif = work.dir().resolve("rollsafe.sarif");
                com.fasterxml.jackson.databind.JsonNode log = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(sarif.toFile());
                assertEquals("2.1.0", log.path("version").asText(), "a SARIF file");
                assertTrue(output.contains("sarif=rollsafe.sarif\n"), output);
                List<String> uris = new ArrayList<>();
                log.path("runs").get(0).path("results").forEach(res -> uris.add(res.path("locations").get(0)
                        .path("physicalLocation").path("artifactLocation").path("uri").asText()));
                assertEquals(annotations.size(), uris.size(), uris::toString);
                assertTrue(uris.stream().allMatch(u -> u.endsWith("V3__orders.sql")), "SARIF is limited the same way");
            } else {
                assertTrue(output.contains("sarif=\n"), output);
            }
        }
    }

    @Test
    void deferredExitLetsTheUploadRunFirstAndLeavesTheVerdictInTheOutput() throws Exception {
        try (GitRepo up = upstream(); GitRepo work = GitRepo.cloneOf(up, tmp.resolve("work"))) {
            work.branch("pr").write(DB + "V3__idx.sql", "CREATE INDEX users_id ON users (id);\n").commit("pr");
            Result r = script(work.dir(), Map.of("ROLLSAFE_DEFER_EXIT", "1"));
            assertEquals(0, r.code, r::toString);
            assertTrue(r.out.startsWith("::error file=db/migration/V3__idx.sql,"), r::toString);
            assertTrue(Files.readString(outputFile).contains("exit-code=1\n"));
        }
    }

    @Test
    void aSafePullRequestPassesThoughMainHasFindings() throws Exception {
        try (GitRepo up = upstream(); GitRepo work = GitRepo.cloneOf(up, tmp.resolve("work"))) {
            work.branch("pr").write(DB + "V3__safe.sql", "CREATE TABLE audit (id int);\n").commit("pr");
            Result r = script(work.dir(), Map.of());
            assertEquals(0, r.code, r::toString);
            assertEquals("rollsafe: no findings in 3 files (3 statements)\n", r.out, r::toString);
            assertTrue(Files.readString(outputFile).contains("exit-code=0\n"));
        }
    }

    @Test
    void theBaseBranchIsFetchedWhenTheCheckoutLacksIt() throws Exception {
        assumeTrue(onPath("git") || "true".equals(System.getenv("CI")), "git is not installed");
        try (GitRepo up = upstream(); GitRepo work = GitRepo.cloneOf(up, tmp.resolve("work"))) {
            work.branch("pr").write(DB + "V3__idx.sql", "CREATE INDEX users_id ON users (id);\n").commit("pr");
            try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(work.dir().toFile())) {
                git.branchDelete().setBranchNames("refs/remotes/origin/main").setForce(true).call();
                git.branchDelete().setBranchNames("main").setForce(true).call();
            }
            Result r = script(work.dir(), Map.of());
            assertTrue(r.err.contains("rollsafe: fetching main from origin to find the merge base"), r::toString);
            assertEquals(1, r.code, r::toString);
            assertTrue(r.out.lines().filter(l -> l.startsWith("::")).allMatch(l -> l.contains("V3__idx.sql")),
                    r::toString);
        }
    }

    @Test
    void aBaseThatDoesNotExistFailsWithAClearMessage() throws Exception {
        try (GitRepo up = upstream(); GitRepo work = GitRepo.cloneOf(up, tmp.resolve("work"))) {
            Result r = script(work.dir(), Map.of("GITHUB_BASE_REF", "release/9"));
            assertEquals(2, r.code, r::toString);
            assertTrue(r.err.contains("rollsafe: --changed-since origin/release/9: no such branch, tag or commit"),
                    r::toString);
            assertFalse(r.err.contains("Exception"), r::toString);
            assertTrue(Files.readString(outputFile).contains("exit-code=2\n"));
            assertTrue(Files.readString(summaryFile).contains("The check could not run"));
        }
    }

    @Test
    void withoutAPullRequestEveryUnreleasedMigrationIsLinted() throws Exception {
        try (GitRepo up = upstream(); GitRepo work = GitRepo.cloneOf(up, tmp.resolve("work"))) {
            Map<String, String> push = new HashMap<>();
            push.put("GITHUB_BASE_REF", "");
            Result r = script(work.dir(), push);
            assertEquals(1, r.code, r::toString);
            assertTrue(r.out.startsWith("::error file=db/migration/V2__index.sql,"), r::toString);
        }
    }
}
