package dev.rollsafe.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The state of one discovery: where it runs, what it has read (each file once) and what it has to say. */
final class Scan {
    private final Path cwd;
    // thread-safe: the paths given on a command line are discovered in parallel
    private final List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<Path, FileText> texts = new java.util.concurrent.ConcurrentHashMap<>();

    Scan(Path cwd) {
        this.cwd = cwd.toAbsolutePath().normalize();
    }

    Path cwd() {
        return cwd;
    }

    List<String> messages() {
        return messages;
    }

    void message(Path path, String text) {
        messages.add(display(path) + ": " + text);
    }

    /** The text of a file, read at most once per discovery. */
    FileText text(Path path) {
        return texts.computeIfAbsent(path, TextReader::read);
    }

    String display(Path path) {
        return DisplayPaths.of(cwd, path);
    }
}
