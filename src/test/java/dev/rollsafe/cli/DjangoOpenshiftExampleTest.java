package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk-through of {@code examples/django-openshift}: its release snapshots made into git repositories with
 * JGit, as {@code make-repo.sh} makes them with git, then checked as the README shows. One step: the RemoveField is
 * flagged with v1.0.0's model and view as evidence, the AddField with a Python default breaks v1.0.0's inserts, and
 * the Dockerfile's start-up migrate is flagged with the init container to use. Two steps: nothing.
 */
class DjangoOpenshiftExampleTest {

    @TempDir
    Path tmp;

    private static Path example() {
        return Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")))
                .resolve("examples/django-openshift");
    }

    private Path repo(String name, List<String> releases) throws Exception {
        Path repo = tmp.resolve(name);
        Files.createDirectories(repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            for (String release : releases) {
                snapshot(repo, release);
                git.add().addFilepattern(".").call();
                git.add().addFilepattern(".").setUpdate(true).call();
                git.commit().setMessage(release).setAuthor("example", "example@example.invalid")
                        .setCommitter("example", "example@example.invalid").call();
                if (release.startsWith("v")) {
                    git.tag().setName(release).setAnnotated(true).setMessage(release).call();
                }
            }
        }
        return repo;
    }

    /** Lays the example's step folder over the working tree (each folder holds only what that step changes). */
    private static void snapshot(Path repo, String folder) throws IOException {
        Path from = example().resolve(folder);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path to = repo.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void oneStepIsFlaggedWithItsEvidenceAndTheStartUpMigrate() throws Exception {
        CliRun run = CliRun.real(repo("one-step", List.of("v1.0.0", "one-step")), "check", "--no-cache");

        assertEquals(ExitCodes.FINDINGS, run.code, run::toString);
        assertTrue(run.out.contains("customers/migrations/0002_display_name.py:19:9: error[contract-while-referenced]:"
                + " drop column customers_customer.full_name while release v1.0.0 still uses it"), run::toString);
        assertTrue(run.out.contains("= evidence: v1.0.0: customers/models.py:6: full_name = models.CharField("),
                run::toString);
        assertTrue(run.out.contains("= evidence: v1.0.0: customers/views.py:7:"), run::toString);
        assertTrue(run.out.contains("0002_display_name.py:14:9: error[new-required-column-breaks-old-inserts]"),
                run::toString);
        assertTrue(run.out.contains("Dockerfile:8:1: error[migrate-on-app-startup]"), run::toString);
        assertTrue(run.out.contains("initContainers:"), run::toString);
        // the Dockerfile names no image: the help takes the one the DeploymentConfig runs
        assertTrue(run.out.contains("image: image-registry.openshift-image-registry.svc:5000/shop/shop:1.1.0"),
                run::toString);
        assertTrue(run.out.contains("0001_initial.py") == false, "v1.0.0's migration shipped: not linted again");
        assertTrue(run.err.contains("deploy window 1") && run.err.contains("Rolling strategy of DeploymentConfig shop"),
                run::toString);
    }

    @Test
    void withRecreateAndAnInitContainerTheOneStepDropIsAcceptable() throws Exception {
        Path repo = repo("one-step-recreate", List.of("v1.0.0", "one-step"));
        // the team switches to Recreate and migrates in an init container: v1.0.0's pods stop before the drop runs
        Path dc = repo.resolve("openshift/deploymentconfig.yaml");
        Files.writeString(dc, Files.readString(dc)
                .replace("    type: Rolling\n    rollingParams:\n      maxSurge: 25%\n      maxUnavailable: 0\n",
                        "    type: Recreate\n")
                .replace("      containers:\n", "      initContainers:\n        - name: migrate\n"
                        + "          image: image-registry.openshift-image-registry.svc:5000/shop/shop:1.1.0\n"
                        + "          command: [\"python\", \"manage.py\", \"migrate\", \"--noinput\"]\n"
                        + "      containers:\n"));

        CliRun run = CliRun.real(repo, "check", "--no-cache");

        assertTrue(run.err.contains("deploy window 0") && run.err.contains("Recreate strategy of DeploymentConfig shop")
                && run.err.contains("init container"), run::toString);
        assertTrue(!run.out.contains("contract-while-referenced"), run::toString);
        // --window wins over the strategy
        CliRun forced = CliRun.real(repo, "check", "--no-cache", "--window", "1");
        assertTrue(forced.out.contains("error[contract-while-referenced]"), forced::toString);
        assertTrue(!forced.err.contains("deploy window"), forced::toString);
    }

    @Test
    void twoStepsPass() throws Exception {
        CliRun run = CliRun.real(repo("two-step", List.of("v1.0.0", "v1.1.0", "two-step")), "check", "--no-cache");

        assertEquals(ExitCodes.CLEAN, run.code, run::toString);
        assertTrue(run.out.startsWith("no findings in "), run::toString);
    }
}
