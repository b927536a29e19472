package dev.rollsafe.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real migration files in {@code ../shared/corpora} (other projects' files, read in place and never
 * copied). Absent on a user's fresh clone: tests that use them skip.
 */
public final class Corpora {

    /** One line of files.tsv. */
    public record Entry(String corpus, String path, String dialect, Path file) {
    }

    private Corpora() {
    }

    public static Optional<Path> root() {
        String repo = System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir"));
        Path dir = Path.of(repo).toAbsolutePath().normalize().resolveSibling("shared").resolve("corpora");
        return Files.isRegularFile(dir.resolve("files.tsv")) ? Optional.of(dir) : Optional.empty();
    }

    public static List<Entry> entries(Path root) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("files.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || cols[0].equals("corpus")) {
                continue;
            }
            out.add(new Entry(cols[0], cols[1], cols[2], root.resolve(cols[0]).resolve(cols[1])));
        }
        return out;
    }
}
