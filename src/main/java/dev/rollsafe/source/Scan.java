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

    private final java.util.Set<Path> claimed = java.util.concurrent.ConcurrentHashMap.newKeySet();

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

    /**
     * Claims a folder for the set being planned; false when an enclosing folder's set already holds it (a layout
     * that gathers folders from a whole tree, as Django's apps, must not plan them again one level down).
     */
    boolean claim(Path folder) {
        return claimed.add(folder.toAbsolutePath().normalize());
    }

    String display(Path path) {
        return DisplayPaths.of(cwd, path);
    }
}
