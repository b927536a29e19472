package dev.rollsafe.release.timeline;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReferenceFinder;
import dev.rollsafe.release.ReferenceFinders;
import dev.rollsafe.release.ReferencePaths;
import dev.rollsafe.release.ReferenceScanner;
import dev.rollsafe.release.ReleaseReference;
import dev.rollsafe.release.history.GitHistory;
import dev.rollsafe.release.history.Release;
import dev.rollsafe.release.history.ReleaseMigrations;
import dev.rollsafe.release.history.ReleaseReferences;
import dev.rollsafe.release.history.ShippedMigration;
import dev.rollsafe.release.history.ShippedSet;
import dev.rollsafe.release.history.TagPattern;
import dev.rollsafe.source.Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The contract timeline a reviewer reads before approving a drop: the releases in version order with the
 * migrations each shipped first, and for every table and column the release that added it, the newest release
 * whose code referenced it and the release that dropped it. The working tree comes last as {@code HEAD} when
 * it has migrations no release shipped. Outside git or without release tags it is empty, with a note.
 *
 * @param releases the steps, oldest first
 * @param objects  every table and column any step's schema had, by table then column (the table first)
 * @param notes    one-line notes for the user
 */
public record Timeline(List<TimelineRelease> releases, List<ObjectTimeline> objects, List<String> notes) {
    public Timeline {
        releases = List.copyOf(releases);
        objects = List.copyOf(objects);
        notes = List.copyOf(notes);
    }

    /** The timeline of the repository holding {@code cwd}, with the standard reference finders. */
    public static Timeline read(Path cwd, Config config) {
        return read(cwd, config, ReferenceFinders.standard());
    }

    /** The timeline of the repository holding {@code cwd}; never throws. */
    public static Timeline read(Path cwd, Config config, List<ReferenceFinder> finders) {
        Config c = config == null ? Config.empty() : config;
        List<String> notes = new ArrayList<>();
        TagPattern pattern = TagPattern.of(c);
        if (pattern.problem() != null) {
            notes.add(pattern.problem());
        }
        try (GitHistory history = GitHistory.open(cwd, pattern, notes).orElse(null)) {
            if (history == null) {
                return new Timeline(List.of(), List.of(), notes);
            }
            if (history.releases().isEmpty()) {
                notes.add("no release tags in the repository: no release timeline");
                return new Timeline(List.of(), List.of(), notes);
            }
            // a repeated run on an unchanged repository reads the last timeline instead of replaying every release
            StringBuilder key = new StringBuilder(dev.rollsafe.Version.current()).append('+')
                    .append(dev.rollsafe.Version.build()).append('\n').append(cwd.toAbsolutePath().normalize())
                    .append('\n').append(history.headCommit().orElse("")).append('\n').append(history.releases())
                    .append('\n').append(history.workTreeStamp()).append('\n').append(c)
                    .append('\n').append(new dev.rollsafe.release.ReferenceScanner(finders).fingerprint())
                    .append('\n').append(sqlFilesStamp(history.workTree().orElse(cwd)));
            Path cached = TimelineCache.file(key.toString());
            Timeline known = TimelineCache.read(cached);
            if (known != null) {
                return known;
            }
            Timeline built = build(cwd, c, history, finders, notes);
            TimelineCache.write(cached, built);
            return built;
        } catch (RuntimeException e) {
            notes.add("release history unreadable (" + e.getClass().getSimpleName() + "): no release timeline");
            return new Timeline(List.of(), List.of(), notes);
        }
    }

    /**
     * The working tree's SQL files as on disk, tracked or not (a new migration not yet added to git is part of
     * the HEAD step): path, size and modification time of each.
     */
    private static String sqlFilesStamp(Path top) {
        long h = 1125899906842597L;
        int n = 0;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(top)) {
            for (Path p : (Iterable<Path>) s.filter(p -> {
                String name = p.getFileName() == null ? "" : p.getFileName().toString();
                return name.endsWith(".sql") && !p.toString().contains("/.git/") && !p.toString().contains("/target/")
                        && !p.toString().contains("/node_modules/");
            })::iterator) {
                java.io.File f = p.toFile();
                h = 31 * h + p.toString().hashCode();
                h = 31 * h + f.length();
                h = 31 * h + f.lastModified();
                n++;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "unreadable";
        }
        return n + ":" + Long.toHexString(h);
    }

    private static Timeline build(Path cwd, Config config, GitHistory history, List<ReferenceFinder> finders,
                                  List<String> notes) {
        List<Step> steps = new ArrayList<>();
        Path cacheDir = ReleaseReferences.userCacheDirectory();
        try (ReleaseMigrations shipped = new ReleaseMigrations(history, cwd, config, null, cacheDir)) {
            Set<String> seen = new HashSet<>();
            for (Release r : history.releases()) {
                List<ShippedSet> sets = shipped.of(r);
                steps.add(new Step(new TimelineRelease(r.tag(), r.commit(), false, firstShipped(sets, seen)), sets, r));
            }
            List<ShippedSet> working = WorkingTree.sets(cwd, config, history, shipped);
            List<TimelineMigration> unreleased = firstShipped(working, seen);
            if (!unreleased.isEmpty()) {
                steps.add(new Step(new TimelineRelease(ReleaseReference.HEAD, history.headCommit().orElse(null), true,
                        unreleased), working, null));
            }
            notes.addAll(shipped.notes());
        }
        Replayer replayer = new Replayer();
        Lifespans spans = new Lifespans();
        ReferencePaths paths = ReferencePaths.of(config.extra(), migrationPaths(steps));
        ReferenceScanner scanner = new ReferenceScanner(finders);
        try (ReleaseReferences refs = new ReleaseReferences(history, scanner, paths,
                ReleaseReferences.userCacheDirectory(), scanner.fingerprint() + config.extra().get("jpaNaming"))) {
            for (Step s : steps) {
                spans.schema(s.entry().tag(), replayer.shape(s.sets()));
            }
            // "last referenced": newest step first, each file (blob and path) once, and an object keeps the first
            // (newest) step that names it
            java.util.Set<String> seenFiles = new HashSet<>();
            java.util.Set<ObjectKey> named = new HashSet<>();
            for (int i = steps.size() - 1; i >= 0; i--) {
                Step s = steps.get(i);
                List<Reference> found = s.release() == null ? refs.workTree() : refs.of(s.release(), seenFiles);
                java.util.Set<ObjectKey> fresh = new HashSet<>();
                for (ObjectKey k : referenced(found)) {
                    if (named.add(k)) {
                        fresh.add(k);
                    }
                }
                spans.referenced(s.entry().tag(), fresh);
            }
        }
        List<TimelineRelease> entries = steps.stream().map(Step::entry).toList();
        return new Timeline(entries, spans.objects(), notes);
    }

    /** One step: its entry, its migration sets, and its release (null for the working tree). */
    private record Step(TimelineRelease entry, List<ShippedSet> sets, Release release) {
    }

    private static List<TimelineMigration> firstShipped(List<ShippedSet> sets, Set<String> seen) {
        List<TimelineMigration> out = new ArrayList<>();
        for (ShippedSet s : sets) {
            for (ShippedMigration m : s.migrations()) {
                if (m.deploy() && seen.add(m.identity())) {
                    out.add(new TimelineMigration(m.identity(), m.path()));
                }
            }
        }
        return out;
    }

    private static Set<String> migrationPaths(List<Step> steps) {
        Set<String> out = new HashSet<>();
        for (Step s : steps) {
            for (ShippedSet set : s.sets()) {
                set.migrations().forEach(m -> out.add(m.path()));
            }
        }
        return out;
    }

    private static java.util.Collection<ObjectKey> referenced(List<Reference> refs) {
        // a set: a release's code names the same columns thousands of times
        java.util.Set<ObjectKey> out = new java.util.HashSet<>();
        for (Reference r : refs) {
            if (r.table() != null && r.confidence() != Reference.Confidence.WEAK) {
                out.add(new ObjectKey(r.table(), r.column()));
            }
        }
        return out;
    }

    /**
     * The reviewer's view: the tables and columns that were dropped, or whose code references stopped before
     * the last step (referenced once, not by the newest code).
     */
    public List<ObjectTimeline> reviewerView() {
        String last = releases.isEmpty() ? null : releases.get(releases.size() - 1).tag();
        return objects.stream()
                .filter(o -> o.dropped() != null || o.lastReferenced() != null && !o.lastReferenced().equals(last))
                .toList();
    }
}
