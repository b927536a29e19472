package dev.rollsafe.deploy;

import dev.rollsafe.source.DisplayPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds a project's deployment files (Dockerfiles, Procfiles, Kubernetes/OpenShift manifests and Helm templates,
 * Spring Boot builds and configuration) under the given paths, or under the working directory when none is
 * given, and reads them into a {@link Deployment}. Entrypoint scripts are read when a start-up command runs them.
 * A file that cannot be read is a note, never an exception.
 */
public final class DeploymentFinder {
    private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", "build", "vendor", ".venv",
            "venv", "__pycache__", "dist", "testdata");
    private static final long MAX_SIZE = 2L << 20;

    private final Path cwd;
    private final List<String> notes = new ArrayList<>();
    private final Set<String> files = new TreeSet<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Rollout> rollouts = new ArrayList<>();
    private final List<Spring> spring = new ArrayList<>();
    /** Scripts of the project by file name, for commands that run them. */
    private final Map<String, List<Path>> scripts = new LinkedHashMap<>();

    private DeploymentFinder(Path cwd) {
        this.cwd = cwd;
    }

    /** Whether a file given by name is one this finder reads (so that it is not taken for a migration). */
    public static boolean isDeploymentFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Dockerfiles.isDockerfile(name) || Procfiles.isProcfile(name) || SpringBuilds.isBuild(name)
                || SpringBuilds.isConfig(name)) {
            return true;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            String text = read(file);
            return text != null && Manifests.looksLikeManifest(text);
        }
        return false;
    }

    /** Reads the deployment files under {@code paths} (absolute), or under {@code cwd} when empty. */
    public static Deployment find(Path cwd, List<Path> paths) {
        DeploymentFinder f = new DeploymentFinder(cwd);
        List<Path> found = new ArrayList<>();
        List<Path> roots = paths.isEmpty() ? List.of(cwd) : paths;
        for (Path p : roots) {
            if (Files.isDirectory(p)) {
                f.walk(p, found);
            } else if (Files.isRegularFile(p) && isDeploymentFile(p)) {
                found.add(p);
                f.scriptsNear(p.getParent());
            }
        }
        List<Path> configs = new ArrayList<>();
        List<Path> builds = new ArrayList<>();
        for (Path p : found) {
            String name = p.getFileName().toString();
            if (SpringBuilds.isConfig(name)) {
                configs.add(p);
            } else if (SpringBuilds.isBuild(name)) {
                builds.add(p);
            } else {
                try {
                    f.readFile(p);
                } catch (RuntimeException e) {
                    // whatever a file holds, the user gets one line naming it, never a trace
                    f.notes.add(f.display(p) + ": skipped: " + e.getClass().getSimpleName());
                }
            }
        }
        f.spring(builds, configs);
        return new Deployment(List.copyOf(f.files), f.steps, f.spring, f.notes, f.rollouts);
    }

    private void walk(Path start, List<Path> found) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(start) && (SKIPPED.contains(name) || name.startsWith("."))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && attrs.size() <= MAX_SIZE) {
                        String name = file.getFileName().toString();
                        if (isScript(name)) {
                            scripts.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
                        } else if (isDeploymentFile(file)) {
                            found.add(file);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // the migration walk reports unreadable folders
                }
            });
        } catch (IOException e) {
            notes.add(display(start) + ": deployment files not searched: " + e.getMessage());
        }
    }

    /** The scripts next to a file given on its own (an entrypoint COPYed from beside the Dockerfile). */
    private void scriptsNear(Path dir) {
        if (dir == null) {
            return;
        }
        try (var s = Files.walk(dir, 3)) {
            s.filter(Files::isRegularFile).filter(p -> isScript(p.getFileName().toString()))
                    .forEach(p -> scripts.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p));
        } catch (IOException | RuntimeException e) {
            // no scripts then
        }
    }

    private static boolean isScript(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".sh") || n.equals("docker-entrypoint") || n.equals("entrypoint") || n.equals("start");
    }

    private void readFile(Path p) {
        String text = read(p);
        String path = display(p);
        if (text == null) {
            notes.add(path + ": skipped: cannot be read as UTF-8 text");
            return;
        }
        files.add(path);
        String name = p.getFileName().toString();
        String scope = scope(p);
        List<Step> read;
        if (Dockerfiles.isDockerfile(name)) {
            Dockerfiles.Image image = Dockerfiles.read(path, scope, text);
            read = image.start().parts().isEmpty() ? List.of() : List.of(image.start());
            steps.addAll(read);
            for (Step s : read) {
                followScripts(s, image.copies(), p.getParent(), 0, new HashSet<>());
            }
            return;
        } else if (Procfiles.isProcfile(name)) {
            read = Procfiles.read(path, scope, text);
            steps.addAll(read);
            read.forEach(s -> followScripts(s, Map.of(), p.getParent(), 0, new HashSet<>()));
        } else {
            String yaml = text;
            boolean template = HelmText.isTemplate(text);
            if (template) {
                yaml = HelmText.setAside(text);
            }
            try {
                Manifests.Read all = Manifests.readAll(path, scope, yaml);
                read = all.steps();
                rollouts.addAll(all.rollouts());
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage().lines().findFirst().orElse("").strip();
                notes.add(path + ": skipped: " + (template ? "not YAML once its {{ }} template actions are set aside"
                        : "not valid YAML") + " (" + why + ")");
                return;
            }
            steps.addAll(read);
            read.forEach(s -> followScripts(s, Map.of(), p.getParent(), 0, new HashSet<>()));
        }
    }

    /** Adds a step per script the command runs (found where the Dockerfile COPYed it from, else by name). */
    private void followScripts(Step caller, Map<String, String> copies, Path dir, int depth, Set<Path> seen) {
        if (depth > 3) {
            return;
        }
        for (String word : caller.command().split("[\\s;&|\"'\\[\\],()]+")) {
            String base = Dockerfiles.baseName(word);
            if (!isScript(base) || base.isEmpty()) {
                continue;
            }
            Path script = null;
            if (copies.containsKey(base) && dir != null) {
                Path candidate = dir.resolve(copies.get(base)).normalize();
                if (Files.isDirectory(candidate)) {
                    candidate = candidate.resolve(base);
                }
                if (Files.isRegularFile(candidate)) {
                    script = candidate;
                }
            }
            if (script == null) {
                script = nearest(base, dir);
            }
            if (script == null || !seen.add(script.toAbsolutePath().normalize())) {
                continue;
            }
            String text = read(script);
            if (text == null) {
                continue;
            }
            String path = display(script);
            files.add(path);
            List<Part> parts = new ArrayList<>();
            String[] lines = text.replace("\r\n", "\n").split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    parts.add(new Part(lines[i], i + 1));
                }
            }
            Step s = new Step(path, 1, caller.role(), base + " (run by " + caller.place() + ", " + caller.path() + ":"
                    + caller.line() + ")", caller.image(), caller.imageLine(), parts, caller.env(), caller.group(),
                    caller.scope(), true);
            steps.add(s);
            followScripts(s, copies, dir, depth + 1, seen);
        }
    }

    /** The script of that name closest to {@code dir} (in it or below it first, then anywhere). */
    private Path nearest(String name, Path dir) {
        List<Path> all = scripts.getOrDefault(name, List.of());
        Path best = null;
        for (Path p : all) {
            if (dir != null && p.startsWith(dir)) {
                if (best == null || !best.startsWith(dir) || p.getNameCount() < best.getNameCount()) {
                    best = p;
                }
            } else if (best == null) {
                best = p;
            }
        }
        return best;
    }

    private void spring(List<Path> builds, List<Path> configs) {
        for (Path b : builds) {
            String text = read(b);
            if (text == null) {
                continue;
            }
            Spring s = SpringBuilds.dependency(display(b), text);
            if (s == null) {
                continue;
            }
            files.add(s.path());
            String disabledIn = null;
            for (Path c : configs) {
                if (!c.startsWith(b.getParent())) {
                    continue; // another module's configuration
                }
                String ct = read(c);
                if (ct != null && SpringBuilds.disables(c.getFileName().toString(), ct, s.property())) {
                    disabledIn = display(c);
                    files.add(disabledIn);
                    break;
                }
            }
            spring.add(new Spring(s.framework(), s.path(), s.line(), disabledIn));
        }
    }

    /** A Helm chart's root (the nearest folder above with a Chart.yaml), else the file's folder. */
    private String scope(Path file) {
        Path dir = file.getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("Chart.yaml"))) {
                return display(d);
            }
            if (d.equals(cwd)) {
                break;
            }
        }
        return dir == null ? "." : display(dir);
    }

    private String display(Path p) {
        return DisplayPaths.of(cwd, p);
    }

    private static String read(Path p) {
        try {
            if (Files.size(p) > MAX_SIZE) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(p);
            var decoder = StandardCharsets.UTF_8.newDecoder();
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
