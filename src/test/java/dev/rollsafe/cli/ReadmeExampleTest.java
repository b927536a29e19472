package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's first set-up command, {@code bin/rollsafe check examples/shop-flyway}, prints what the README shows:
 * the test runs the same command in-process from the repository root (without the cache) and compares its standard
 * output with the README's block (whose last line, the one on stderr, depends on the clone's tags and is left out).
 */
class ReadmeExampleTest {

    @Test
    void theReadmeShowsWhatTheFirstCommandPrints() throws Exception {
        Path root = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")));
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        int intro = readme.indexOf("The first command prints");
        int start = readme.indexOf("```\n", intro) + 4;
        String block = readme.substring(start, readme.indexOf("```", start));
        String shown = block.substring(0, block.stripTrailing().lastIndexOf('\n') + 1); // without the stderr line

        CliRun run = CliRun.real(root, "check", "--no-cache", "examples/shop-flyway");

        assertEquals(ExitCodes.FINDINGS, run.code, run::toString);
        assertEquals(shown, run.out, "update the README's block after '" + "The first command prints" + "'");
    }
}
