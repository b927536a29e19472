package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds migration sets: in the folders and files given, in the config's {@code migrations:} folders, or by
 * walking the current directory. Each folder is walked once and each file read once.
 */
public final class MigrationFinder {

    /**
     * @param cwd             the directory paths are resolved against and displayed relative to
     * @param paths           files or folders to check; empty means the config's folders, else the whole cwd
     * @param config          the settings ({@link Config#empty()} when there is no rollsafe.yaml)
     * @param dialectOverride the dialect the user forced, or null
     */
    public Discovery discover(Path cwd, List<Path> paths, Config config, Dialect dialectOverride) {
        Scan scan = new Scan(cwd);
        List<MigrationSet> sets = new ArrayList<>();
        List<String> usage = new ArrayList<>();
        if (!paths.isEmpty()) {
            // Paths are independent: discover them in parallel (a long list of files is common: the
            // PATH arguments of a pre-commit hook or of a shell glob), keeping their order in the result.
            List<List<MigrationSet>> found = paths.parallelStream().map(given -> {
                Path p = scan.cwd().resolve(given).normalize();
                return Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                        ? one(p, config.layout(), config.dialect(), dialectOverride, true, scan)
                        : null;
            }).toList();
            for (int i = 0; i < paths.size(); i++) {
                if (found.get(i) == null) {
                    usage.add(scan.display(scan.cwd().resolve(paths.get(i)).normalize()) + ": no such file or directory");
                } else {
                    sets.addAll(found.get(i));
                }
            }
        } else if (!config.migrations().isEmpty()) {
            for (MigrationFolder f : config.migrations()) {
                if (!Files.exists(f.path(), LinkOption.NOFOLLOW_LINKS)) {
                    usage.add(scan.display(f.path()) + ": no such file or directory (listed in rollsafe.yaml)");
                    continue;
                }
                Layout layout = f.layout() != null ? f.layout() : config.layout();
                Dialect dialect = f.dialect() != null ? f.dialect() : config.dialect();
                sets.addAll(one(f.path(), layout, dialect, dialectOverride, true, scan));
            }
        } else {
            sets.addAll(one(scan.cwd(), config.layout(), config.dialect(), dialectOverride, false, scan));
        }
        List<String> messages = new ArrayList<>(scan.messages());
        messages.sort(null); // parallel discovery adds them in any order
        return new Discovery(sets, messages, usage);
    }

    /**
     * For files given one by one (a pre-commit hook passes the staged files): the whole set each file belongs
     * to, read from disk for context, so that the caller can check the files given against their predecessors
     * and report only on them. Each set is returned once; a file that belongs to no set becomes a set of one,
     * as in {@link #discover}. Folders given are discovered as in {@link #discover}.
     */
    public Discovery discoverAround(Path cwd, List<Path> files, Config config, Dialect dialectOverride) {
        Scan scan = new Scan(cwd);
        List<String> usage = new ArrayList<>();
        Map<Path, List<SetPlan>> byFolder = new HashMap<>();
        Set<Path> covered = new HashSet<>();
        Set<SetPlan> chosen = new LinkedHashSet<>();
        // in the order given: the sets of a folder, or the set a file belongs to (assembled once, at the end)
        List<java.util.function.Supplier<List<MigrationSet>>> order = new ArrayList<>();
        for (Path given : files) {
            Path p = scan.cwd().resolve(given).normalize();
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                usage.add(scan.display(p) + ": no such file or directory");
                continue;
            }
            if (Files.isDirectory(p)) {
                List<MigrationSet> found = one(p, config.layout(), config.dialect(), dialectOverride, true, scan);
                order.add(() -> found);
                found.forEach(set -> set.files().forEach(x -> covered.add(x.path().toAbsolutePath().normalize())));
                continue;
            }
            if (covered.contains(p)) {
                continue;
            }
            // a folder rollsafe.yaml lists is the set's root, with its layout and dialect; else the file's own
            // folder (or the one its layout roots sets in), detected as a walk from the top would detect it
            MigrationFolder listed = listedFolder(p, config);
            Path folder = listed != null ? listed.path().toAbsolutePath().normalize() : SetFolders.folderOf(p);
            Layout layout = listed != null && listed.layout() != null ? listed.layout() : config.layout();
            Dialect dialect = listed != null && listed.dialect() != null ? listed.dialect() : config.dialect();
            List<SetPlan> plans = byFolder.computeIfAbsent(folder, f -> {
                List<SetPlan> out = new ArrayList<>();
                try {
                    Dir tree = DirWalker.walk(f, scan::display, scan.messages());
                    new Detector(layout, listed != null).detect(tree, scan, out, true);
                } catch (RuntimeException e) {
                    // the context is a help, not a need: the file is still checked on its own
                    scan.message(f, "not read for context: " + e.getClass().getSimpleName() + ": "
                            + Texts.firstLine(e.getMessage()));
                    out.clear();
                }
                return out;
            });
            boolean found = false;
            for (SetPlan plan : plans) {
                if (plan.files().stream().anyMatch(x -> x.path().toAbsolutePath().normalize().equals(p))) {
                    found = true;
                    if (chosen.add(plan)) {
                        order.add(() -> List.of(SetAssembler.assemble(plan, scan, dialectOverride, dialect)));
                        plan.files().forEach(x -> covered.add(x.path().toAbsolutePath().normalize()));
                    }
                }
            }
            if (!found) {
                for (SetPlan plan : SingleFile.plan(p, layout, scan)) {
                    if (chosen.add(plan)) {
                        order.add(() -> List.of(SetAssembler.assemble(plan, scan, dialectOverride, dialect)));
                    }
                }
            }
        }
        List<MigrationSet> sets = new ArrayList<>();
        order.forEach(o -> sets.addAll(o.get()));
        List<String> messages = new ArrayList<>(scan.messages());
        messages.sort(null);
        return new Discovery(sets, messages, usage);
    }

    /** The folder of rollsafe.yaml's {@code migrations:} that holds {@code file} (the deepest), or null. */
    private static MigrationFolder listedFolder(Path file, Config config) {
        MigrationFolder best = null;
        for (MigrationFolder f : config.migrations()) {
            Path root = f.path().toAbsolutePath().normalize();
            if (file.startsWith(root) && !file.equals(root)
                    && (best == null || root.getNameCount() > best.path().toAbsolutePath().normalize().getNameCount())) {
                best = f;
            }
        }
        return best;
    }

    private static List<MigrationSet> one(Path p, Layout layout, Dialect configured, Dialect override,
                                          boolean explicit, Scan scan) {
        try {
            return sets(p, layout, configured, override, explicit, scan);
        } catch (RuntimeException e) {
            // a file system that fails in an unexpected way must still give the user one line, not a trace
            scan.message(p, "skipped: " + e.getClass().getSimpleName() + ": " + Texts.firstLine(e.getMessage()));
            return List.of();
        }
    }

    private static List<MigrationSet> sets(Path p, Layout layout, Dialect configured, Dialect override,
                                           boolean explicit, Scan scan) {
        List<SetPlan> plans;
        if (Files.isDirectory(p)) {
            Dir tree = DirWalker.walk(p, scan::display, scan.messages());
            plans = new ArrayList<>();
            new Detector(layout, explicit).detect(tree, scan, plans, true);
        } else {
            plans = SingleFile.plan(p, layout, scan);
        }
        if (plans.isEmpty() && Files.isDirectory(p)) {
            scan.message(p, "no migrations found");
        }
        List<MigrationSet> out = new ArrayList<>();
        for (SetPlan plan : plans) {
            out.add(SetAssembler.assemble(plan, scan, override, configured));
        }
        return out;
    }
}
