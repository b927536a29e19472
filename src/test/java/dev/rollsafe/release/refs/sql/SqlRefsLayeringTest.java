package dev.rollsafe.release.refs.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: the finders never touch JSqlParser; the query reader never touches release. */
class SqlRefsLayeringTest {
    private static final Path MAIN = Path.of(System.getProperty("rollsafe.repoRoot", ".")).toAbsolutePath()
            .normalize().resolve("src/main/java/dev/rollsafe");

    private static List<Path> sources(Path dir, String glob) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).toList();
        }
    }

    @Test
    void findersImportNoParserLibrary() throws IOException {
        List<Path> files = sources(MAIN.resolve("release/refs/sql"), "*.java");
        assertTrue(files.size() >= 10, files::toString);
        for (Path f : files) {
            String text = Files.readString(f);
            assertFalse(text.contains("net.sf.jsqlparser"), f.toString());
            assertFalse(text.contains("org.eclipse.jgit"), f.toString());
        }
    }

    @Test
    void queryReaderImportsNoReleaseType() throws IOException {
        List<Path> files = sources(MAIN.resolve("parse"), "Query*.java");
        assertTrue(files.size() >= 5, files::toString);
        for (Path f : files) {
            assertFalse(Files.readString(f).contains("dev.rollsafe.release"), f.toString());
        }
    }
}
