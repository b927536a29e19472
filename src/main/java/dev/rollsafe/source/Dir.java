package dev.rollsafe.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One folder seen by the directory walk: its files and sub-folders, sorted by name. */
final class Dir {
    private final Path path;
    private final List<FileEntry> files = new ArrayList<>();
    private final List<Dir> dirs = new ArrayList<>();

    Dir(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    String name() {
        Path n = path.getFileName();
        return n == null ? path.toString() : n.toString();
    }

    List<FileEntry> files() {
        return files;
    }

    List<Dir> dirs() {
        return dirs;
    }

    Optional<FileEntry> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    Optional<Dir> dir(String name) {
        return dirs.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    boolean hasFile(String name) {
        return file(name).isPresent();
    }

    /** Files whose name ends with {@code .sql} (any case). */
    List<FileEntry> sqlFiles() {
        List<FileEntry> out = new ArrayList<>();
        for (FileEntry f : files) {
            if (f.isSql()) {
                out.add(f);
            }
        }
        return out;
    }

    void sort() {
        files.sort((a, b) -> a.name().compareTo(b.name()));
        dirs.sort((a, b) -> a.name().compareTo(b.name()));
    }

    /**
     * A file seen by the walk.
     *
     * @param path the file
     * @param name its name
     * @param size its size in bytes (0 when unknown)
     */
    record FileEntry(Path path, String name, long size) {
        boolean isSql() {
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
        }
    }
}
