package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** rollsafe check on the Django fixture project: findings point at the operations in the migration files. */
class DjangoCheckTest {

    static Path project() {
        return Path.of(System.getProperty("rollsafe.repoRoot", ".")).toAbsolutePath().normalize()
                .resolve("testdata/layouts/django");
    }

    @Test
    void findingsPointAtTheOperations() {
        CliRun run = CliRun.real(project(), "check", "--no-cache");
        System.out.println(run.out);
        System.out.println(run.err);
        CliRun c = CliRun.real(project(), "classify");
        System.out.println(c.out);
        assertTrue(run.code >= 0);
    }
}
