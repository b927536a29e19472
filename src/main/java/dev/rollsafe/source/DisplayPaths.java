package dev.rollsafe.source;

import java.nio.file.Path;

/** What reports print for a path: relative to the current directory with '/', else absolute. */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    public static String of(Path cwd, Path path) {
        Path base = cwd.toAbsolutePath().normalize();
        Path p = base.resolve(path).normalize();
        String s;
        if (p.startsWith(base)) {
            Path rel = base.relativize(p);
            s = rel.toString().isEmpty() ? "." : rel.toString();
        } else {
            s = p.toString();
        }
        return s.replace('\\', '/');
    }
}
