package dev.rollsafe.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the maven package knows Maven, and it is a thin shell: it calls the engine and the reports, never the
 * CLI, and writes nothing to the console but through Maven's log.
 */
class MavenConfinementTest {

    private static final Path SOURCES = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")))
            .resolve("src/main/java");
    private static final Path MAVEN = SOURCES.resolve("dev/rollsafe/maven");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyTheMavenPackageImportsMaven() throws IOException {
        List<Path> sources = sources();
        assertTrue(sources.stream().anyMatch(p -> p.startsWith(MAVEN)), "found the goal");
        List<String> offenders = sources.stream()
                .filter(p -> !p.startsWith(MAVEN))
                .filter(p -> read(p).contains("import org.apache.maven"))
                .map(p -> SOURCES.relativize(p).toString())
                .toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void theGoalUsesNeitherTheCliNorTheConsole() throws IOException {
        List<String> offenders = sources().stream()
                .filter(p -> p.startsWith(MAVEN))
                .filter(p -> {
                    String text = read(p);
                    return text.contains("dev.rollsafe.cli") || text.contains("import picocli")
                            || text.contains("System.out") || text.contains("System.err");
                })
                .map(p -> SOURCES.relativize(p).toString())
                .toList();
        assertEquals(List.of(), offenders);
    }
}
