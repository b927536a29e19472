package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only the cli package may know picocli, and only Main may exit the JVM: the Maven goal reuses the rest. */
class PicocliConfinementTest {

    private static final Path SOURCES = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")))
            .resolve("src/main/java");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
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
    void onlyCliImportsPicocli() throws IOException {
        Path cli = SOURCES.resolve("dev/rollsafe/cli");
        List<Path> sources = sources();
        assertTrue(sources.size() > 10, "found the sources");
        List<String> offenders = sources.stream()
                .filter(p -> !p.startsWith(cli))
                .filter(p -> read(p).contains("import picocli"))
                .map(p -> SOURCES.relativize(p).toString())
                .collect(Collectors.toList());
        assertEquals(List.of(), offenders);
    }

    @Test
    void onlyMainExits() throws IOException {
        List<String> offenders = sources().stream()
                .filter(p -> !p.endsWith(Path.of("dev/rollsafe/cli/Main.java")))
                .filter(p -> read(p).contains("System.exit("))
                .map(p -> SOURCES.relativize(p).toString())
                .collect(Collectors.toList());
        assertEquals(List.of(), offenders);
    }
}
