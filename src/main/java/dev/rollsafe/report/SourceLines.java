package dev.rollsafe.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of the files a report quotes, read lazily from disk (relative to the working directory) and
 * kept per file for the life of one report. A file that cannot be read has no lines.
 */
final class SourceLines {

    private final Path workingDirectory;
    private final Map<String, List<String>> files = new HashMap<>();

    SourceLines(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Line {@code number} (1-based) of {@code path}, without its line break, or empty. */
    Optional<String> line(String path, int number) {
        List<String> lines = files.computeIfAbsent(path, this::read);
        if (number < 1 || number > lines.size()) {
            return Optional.empty();
        }
        return Optional.of(lines.get(number - 1));
    }

    private List<String> read(String path) {
        try {
            String text = new String(Files.readAllBytes(workingDirectory.resolve(path)), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return List.of(text.split("\r\n|\r|\n", -1));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return List.of();
        }
    }
}
