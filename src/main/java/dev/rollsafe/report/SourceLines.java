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
        return Optional.of(printable(lines.get(number - 1)));
    }

    /** Control characters (from a binary file, say) would garble the terminal: show them as '?', same width. */
    private static String printable(String line) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                if (sb == null) {
                    sb = new StringBuilder(line);
                }
                sb.setCharAt(i, '?');
            }
        }
        return sb == null ? line : sb.toString();
    }

    private List<String> read(String path) {
        try {
            Path file = workingDirectory.resolve(path);
            if (!Files.isRegularFile(file)) {
                return List.of(); // never open a FIFO or device: it could block
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return List.of(text.split("\r\n|\r|\n", -1));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return List.of();
        }
    }
}
