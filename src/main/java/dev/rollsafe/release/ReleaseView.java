package dev.rollsafe.release;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.release.history.DeletedMigration;
import dev.rollsafe.release.history.DeployPlan;
import dev.rollsafe.release.history.GitHistory;
import dev.rollsafe.release.history.PlannedMigration;
import dev.rollsafe.release.history.Release;
import dev.rollsafe.release.history.ReleaseMigrations;
import dev.rollsafe.release.history.ReleaseReferences;
import dev.rollsafe.release.history.ShippedMigration;
import dev.rollsafe.release.history.TagPattern;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.MigrationFile;
import dev.rollsafe.source.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine needs from the release history, without JGit: which migrations of the working tree are
 * new (the deploy, linted fully) and which already shipped (history, looked at only by the history rules);
 * the facts the history rules judge; and, read only when a rule asks, the code references of the releases
 * in the deploy window and of the working tree. Outside git, or without release tags, every migration is new.
 */
public final class ReleaseView implements AutoCloseable {
    private final GitHistory history;
    private final DeployPlan plan;
    private final Set<String> newUnits;
    private final Set<String> shippedUnits;
    private final java.util.Map<String, String> shippedIn;
    private final java.util.Map<String, ReferenceIndex> auditIndexes = new java.util.HashMap<>();
    private ReferenceIndex postDeployIndex;
    private Path cacheDir;
    private String finderKey = "";
    private final List<HistoryFact> facts;
    private final List<String> notes;
    private final String fingerprint;
    private final ReferenceScanner scanner;
    private final ReferencePaths paths;
    private final int window;
    private ReferenceIndex index;
    private String workTreeFingerprint;

    private ReleaseView(GitHistory history, DeployPlan plan, Set<String> newUnits, java.util.Map<String, String> shipped,
                        List<HistoryFact> facts, List<String> notes, String fingerprint, ReferenceScanner scanner,
                        ReferencePaths paths, int window) {
        this.history = history;
        this.plan = plan;
        this.newUnits = newUnits;
        this.shippedUnits = shipped.keySet();
        this.shippedIn = shipped;
        this.facts = List.copyOf(facts);
        this.notes = List.copyOf(notes);
        this.fingerprint = fingerprint;
        this.scanner = scanner;
        this.paths = paths;
        this.window = window;
    }

    /**
     * Reads the history of the repository holding {@code cwd} and plans the deploy of {@code sets}.
     *
     * @param window how many releases before the deployed one may still serve traffic
     * @param finders the code-reference finders to run when a rule asks for references
     */
    public static ReleaseView of(Path cwd, Config config, List<MigrationSet> sets, Dialect override, int window,
                                 List<ReferenceFinder> finders, boolean useCache) {
        return of(open(cwd, config), cwd, config, sets, override, window, finders, useCache);
    }

    /**
     * The repository holding {@code cwd}, being opened (its tags read) on a thread of its own, so that a caller
     * can find and read the migrations meanwhile; {@link #of(Opening, Path, Config, List, Dialect, int, List,
     * boolean)} takes it over (and closes it with the view).
     */
    public static Opening open(Path cwd, Config config) {
        List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.FutureTask<Optional<GitHistory>> task = new java.util.concurrent.FutureTask<>(
                () -> GitHistory.open(cwd, TagPattern.of(config), notes));
        Thread thread = new Thread(task, "rollsafe-git-open");
        thread.setDaemon(true);
        thread.start();
        return new Opening(task, notes);
    }

    /** A repository being opened: see {@link #open(Path, Config)}. */
    public static final class Opening {
        private final java.util.concurrent.FutureTask<Optional<GitHistory>> task;
        private final List<String> notes;

        private Opening(java.util.concurrent.FutureTask<Optional<GitHistory>> task, List<String> notes) {
            this.task = task;
            this.notes = notes;
        }

        private GitHistory await(List<String> into) {
            try {
                GitHistory history = task.get().orElse(null);
                into.addAll(notes);
                return history;
            } catch (java.util.concurrent.ExecutionException e) {
                into.addAll(notes);
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while opening the git repository", e);
            }
        }
    }

    /** As {@link #of(Path, Config, List, Dialect, int, List, boolean)}, with the repository already being opened. */
    public static ReleaseView of(Opening opening, Path cwd, Config config, List<MigrationSet> sets, Dialect override,
                                 int window, List<ReferenceFinder> finders, boolean useCache) {
        List<String> notes = new ArrayList<>();
        GitHistory history = null;
        try {
            history = opening.await(notes);
            Set<String> migrationPaths = migrationPaths(sets, history);
            ReferencePaths paths = ReferencePaths.of(config.extra(), migrationPaths);
            ReferenceScanner scanner = new ReferenceScanner(finders);
            if (history == null || history.releases().isEmpty()) {
                // everything is new: no plan to make (and no file to hash), but the working tree's code can still
                // be evidence when there is a repository
                if (history != null) {
                    notes.add("no release tags in the repository: every migration counts as new; no release checks");
                } else if (notes.isEmpty()) {
                    notes.add("no git history: every migration counts as new; no release checks");
                }
                return new ReleaseView(history, null, Set.of(), java.util.Map.of(), List.of(), notes,
                        history == null ? "none" : "untagged", scanner, paths, window);
            }
            DeployPlan plan;
            Path cacheDir = useCache ? ReleaseReferences.userCacheDirectory() : null;
            try (ReleaseMigrations shipped = new ReleaseMigrations(history, cwd, config, override, cacheDir)) {
                plan = DeployPlan.of(sets, history, shipped, notes);
            }
            ReleaseView view = build(cwd, history, plan, scanner, paths, window);
            view.cacheDir = cacheDir;
            view.finderKey = scanner.fingerprint() + config.extra().get("jpaNaming");
            return view;
        } catch (RuntimeException e) {
            if (history != null) {
                history.close();
            }
            return new ReleaseView(null, null, Set.of(), java.util.Map.of(), List.of(),
                    List.of("release history unreadable (" + e.getClass().getSimpleName()
                            + "): every migration counts as new"),
                    "broken", new ReferenceScanner(List.of()), new ReferencePaths(List.of(), List.of(), Set.of()),
                    window);
        }
    }

    private static Set<String> migrationPaths(List<MigrationSet> sets, GitHistory history) {
        Set<String> out = new HashSet<>();
        Path top = history == null ? null : history.workTree().orElse(null);
        for (MigrationSet s : sets) {
            for (MigrationFile f : s.files()) {
                Path abs = f.path().toAbsolutePath().normalize();
                out.add(top != null && abs.startsWith(top) ? top.relativize(abs).toString().replace('\\', '/')
                        : f.displayPath());
            }
        }
        return out;
    }

    private static ReleaseView build(Path cwd, GitHistory history, DeployPlan plan, ReferenceScanner scanner,
                                     ReferencePaths paths, int window) {
        Path top = history.workTree().orElse(cwd);
        Set<String> fresh = new HashSet<>();
        java.util.Map<String, String> old = new java.util.HashMap<>();
        List<HistoryFact> facts = new ArrayList<>();
        for (PlannedMigration m : plan.migrations()) {
            ShippedMigration now = m.migration();
            String key = key(top, now);
            String path = display(cwd, top, now.path());
            if (m.status() == PlannedMigration.Status.NEW) {
                fresh.add(key);
                if (m.outOfOrder()) {
                    facts.add(new HistoryFact(HistoryFact.Kind.OUT_OF_ORDER, path, 1, now.identity(),
                            shippedTag(plan, m), m.sortsBefore()));
                }
            } else {
                old.put(key, m.shippedIn());
                if (m.edited()) {
                    boolean whitespace = squeeze(now.text()).equals(squeeze(m.shipped().text()));
                    facts.add(new HistoryFact(whitespace ? HistoryFact.Kind.MODIFIED_WHITESPACE
                            : HistoryFact.Kind.MODIFIED, path, 1, now.identity(), m.shippedIn(), null));
                }
            }
        }
        String previous = plan.releases().isEmpty() ? null : plan.releases().get(plan.releases().size() - 1).tag();
        for (DeletedMigration d : plan.deleted()) {
            if (!d.lastTag().equals(previous)) {
                continue; // deleted in an earlier release: that release's deploy did it, not this one
            }
            facts.add(new HistoryFact(HistoryFact.Kind.DELETED, display(cwd, top, d.migration().path()), 1,
                    d.migration().identity(), d.lastTag(), null));
        }
        String state = history.headCommit().orElse("") + history.releases() + facts + window;
        return new ReleaseView(history, plan, fresh, old, facts, plan.notes(), state, scanner, paths, window);
    }

    private static String shippedTag(DeployPlan plan, PlannedMigration m) {
        for (PlannedMigration other : plan.migrations()) {
            if (other.status() == PlannedMigration.Status.SHIPPED
                    && other.migration().identity().equals(m.sortsBefore())) {
                return other.shippedIn();
            }
        }
        return null;
    }

    /** The text without white space and without rollsafe:ignore comment lines (adding one is not a real edit). */
    private static String squeeze(String text) {
        return text == null ? "" : DIRECTIVE_LINE.matcher(text).replaceAll("").replaceAll("\\s+", "");
    }

    private static final java.util.regex.Pattern DIRECTIVE_LINE =
            java.util.regex.Pattern.compile("(?m)^[ \\t]*(?:--|#)[ \\t]*rollsafe:ignore\\b.*$");

    private static String key(Path top, ShippedMigration m) {
        return top.resolve(m.path()).toAbsolutePath().normalize() + "\u0000" + m.identity();
    }

    private static String display(Path cwd, Path top, String repoPath) {
        Path abs = top.resolve(repoPath).toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /**
     * Whether a deploy unit is part of this deploy: not yet shipped by a release. {@code identity} is the
     * framework's identity of the unit (for Liquibase the changeset's "author:id"). Without history every
     * unit is new.
     */
    public boolean isNew(Path file, String layout, String identity) {
        if (shippedUnits.isEmpty()) {
            return true;
        }
        String key = file.toAbsolutePath().normalize() + "\u0000" + layout + ":" + identity;
        return !shippedUnits.contains(key) || newUnits.contains(key);
    }

    /** True when the repository has release tags, so the history rules could judge this deploy. */
    public boolean hasReleases() {
        return plan != null;
    }

    public List<HistoryFact> facts() {
        return facts;
    }

    /** One-line notes for the user (no history, no release tags, unreadable releases). */
    public List<String> notes() {
        return notes;
    }

    /**
     * Changes whenever what this view says could change, except the working tree's code: part of every
     * result-cache key. A result that read {@link #references()} depends on {@link #workTreeFingerprint()} too.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * The state of the working tree's files (the code the references of {@code HEAD}'s side are read from),
     * computed on first use: it walks the working tree, which a check whose rules never ask for references
     * (most deploys: no drop, rename or required column) need not pay for.
     */
    public synchronized String workTreeFingerprint() {
        if (workTreeFingerprint == null) {
            workTreeFingerprint = history == null ? "" : history.workTreeStamp();
        }
        return workTreeFingerprint;
    }

    /**
     * The code references of the releases in the deploy window and of the working tree ({@code HEAD}), read
     * on first use: a deploy with no drop, rename or required column never pays for scanning the code.
     * Outside git there are none.
     */
    public synchronized ReferenceIndex references() {
        if (index == null) {
            index = readReferences(window);
        }
        return index;
    }

    /**
     * The references a unit is judged against. A unit of this deploy: {@link #references()}. A unit that
     * shipped in release R (an audit with {@code --all}): the releases in the window before R, and R's own code
     * in the place of HEAD, since that was the code deployed with it.
     */
    public synchronized ReferenceIndex referencesFor(Path file, String layout, String identity, boolean postDeploy) {
        String tag = shippedIn.get(file.toAbsolutePath().normalize() + "\u0000" + layout + ":" + identity);
        if (tag == null || history == null || plan == null) {
            return postDeploy ? postDeployReferences() : references();
        }
        return auditIndexes.computeIfAbsent(tag, this::readAuditReferences);
    }

    /**
     * For a post-deploy migration of this deploy: it runs after the rollout, when only the code being deployed
     * serves, so the window is one release smaller.
     */
    private ReferenceIndex postDeployReferences() {
        if (postDeployIndex == null) {
            postDeployIndex = window == 0 ? references() : readReferences(window - 1);
        }
        return postDeployIndex;
    }

    private ReferenceIndex readAuditReferences(String tag) {
        List<Release> all = history.releases();
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).tag().equals(tag)) {
                at = i;
            }
        }
        if (at < 0) {
            return references();
        }
        List<Release> before = all.subList(Math.max(0, at - window), at);
        List<String> names = new ArrayList<>();
        before.forEach(r -> names.add(r.tag()));
        names.add(tag);
        ReferenceIndex idx = new ReferenceIndex(names);
        try (ReleaseReferences refs = new ReleaseReferences(history, scanner, paths, cacheDir, finderKey)) {
            for (Release r : before) {
                idx.add(r.tag(), refs.of(r));
            }
            idx.add(tag, refs.of(all.get(at)));
        } catch (RuntimeException e) {
            // no evidence rather than a crash
        }
        return idx;
    }

    private ReferenceIndex readReferences(int n) {
        if (history == null) {
            return ReferenceIndex.empty();
        }
        List<Release> releases = plan == null ? List.of() : plan.window(n);
        List<String> names = new ArrayList<>();
        releases.forEach(r -> names.add(r.tag()));
        names.add(ReleaseReference.HEAD);
        ReferenceIndex idx = new ReferenceIndex(names);
        try (ReleaseReferences refs = new ReleaseReferences(history, scanner, paths, cacheDir, finderKey)) {
            for (Release r : releases) {
                idx.add(r.tag(), refs.of(r));
            }
            idx.add(ReleaseReference.HEAD, refs.workTree());
        } catch (RuntimeException e) {
            // evidence that cannot be read is no evidence; the check goes on
        }
        return idx;
    }

    @Override
    public void close() {
        if (history != null) {
            history.close();
        }
    }
}
