package dev.rollsafe.engine;

import dev.rollsafe.source.MigrationFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which migrations a check reports on. With no path, or with folders, every migration found; with files given
 * one by one (a pre-commit batch), only those files, although the rest of their sets is read for context.
 */
final class Reported {
    private static final Reported ALL = new Reported(null, List.of());

    private final Set<Path> files;
    private final List<Path> folders;

    private Reported(Set<Path> files, List<Path> folders) {
        this.files = files;
        this.folders = folders;
    }

    /** What a request for {@code paths} (absolute) reports; everything when no path is a regular file. */
    static Reported of(List<Path> paths) {
        Set<Path> files = new HashSet<>();
        List<Path> folders = new ArrayList<>();
        for (Path p : paths) {
            Path n = p.toAbsolutePath().normalize();
            if (Files.isRegularFile(n)) {
                files.add(n);
            } else {
                folders.add(n);
            }
        }
        return files.isEmpty() ? ALL : new Reported(files, folders);
    }

    /** Whether every migration found is reported on (no file was given on its own). */
    boolean everything() {
        return files == null;
    }

    boolean includes(MigrationFile file) {
        if (files == null) {
            return true;
        }
        Path p = file.path().toAbsolutePath().normalize();
        if (files.contains(p)) {
            return true;
        }
        for (Path folder : folders) {
            if (p.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }
}
