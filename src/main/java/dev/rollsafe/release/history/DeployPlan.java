package dev.rollsafe.release.history;

import dev.rollsafe.source.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a deploy of the working tree brings, measured against the releases: each working-tree deploy migration
 * is NEW or SHIPPED (with the first release that held its identity), migrations that shipped and are gone are
 * DELETED, and NEW migrations that the framework orders before shipped ones are marked.
 *
 * <p>The release being deployed is the release tag at HEAD when there is one; the releases it is compared
 * with are those before it in version order. Without a release at HEAD the working tree is unreleased work on
 * top of the newest release and every release counts. A release on a branch that HEAD does not contain (a
 * hotfix) counts like any other: production ran it.
 *
 * @param atHead     the release tag at HEAD, if any
 * @param releases   the releases compared with, oldest first
 * @param migrations every deploy migration of the working tree, set by set in apply order
 * @param deleted    deploy migrations a release shipped that the working tree no longer has
 * @param notes      one-line notes for the user (no history, no release tags, unreadable releases)
 */
public record DeployPlan(Optional<Release> atHead, List<Release> releases, List<PlannedMigration> migrations,
                         List<DeletedMigration> deleted, List<String> notes) {
    public DeployPlan {
        releases = List.copyOf(releases);
        migrations = List.copyOf(migrations);
        deleted = List.copyOf(deleted);
        notes = List.copyOf(notes);
    }

    /**
     * @param working the working tree's sets, from the normal discovery
     * @param history the repository's history, or null outside git
     * @param shipped the releases' migrations (built on {@code history}), or null outside git
     * @param notes   lines already gathered (e.g. from {@link GitHistory#open(Path, TagPattern, List)}); the
     *                plan adds "no history" once when there is none
     */
    public static DeployPlan of(List<MigrationSet> working, GitHistory history, ReleaseMigrations shipped,
                                List<String> notes) {
        List<String> said = new ArrayList<>(notes);
        Path top = history == null ? null : history.workTree().orElse(null);
        List<ShippedSet> sets = new ArrayList<>();
        for (MigrationSet s : working) {
            sets.add(Units.of(s, top));
        }
        if (history == null || shipped == null) {
            if (said.isEmpty()) {
                said.add("no git history: every migration counts as new; no release checks");
            }
            return new DeployPlan(Optional.empty(), List.of(), allNew(sets), List.of(), said);
        }
        Optional<Release> atHead = history.releaseAtHead();
        SetMatcher matcher = new SetMatcher();
        if (atHead.isPresent() && !sameMigrations(sets, shipped.of(atHead.get()), matcher)) {
            // a tag at HEAD with migrations edited or added on top (a pre-commit hook right after tagging):
            // what is checked is not that release but unreleased work on top of it
            said.add("the working tree's migrations differ from " + atHead.get().tag()
                    + " (the tag at HEAD): checked as unreleased work on top of it");
            atHead = Optional.empty();
        }
        List<Release> before = new ArrayList<>();
        for (Release r : history.releases()) {
            if (atHead.isEmpty() || r.version().compareTo(atHead.get().version()) < 0) {
                before.add(r);
            }
        }
        if (history.releases().isEmpty()) {
            said.add("no release tags in the repository: every migration counts as new; no release checks");
        }
        List<PlannedMigration> planned = classify(sets, before, shipped, matcher);
        List<DeletedMigration> deleted = deleted(sets, before, shipped, matcher);
        said.addAll(shipped.notes());
        return new DeployPlan(atHead, before, planned, deleted, said);
    }

    /** The {@code n} releases before the one being deployed, oldest first (when HEAD has no release tag: the
     *  newest n releases, as the working tree goes on top of the newest). */
    public List<Release> window(int n) {
        int from = Math.max(0, releases.size() - Math.max(0, n));
        return releases.subList(from, releases.size());
    }

    /** The deploy migrations with the given status. */
    public List<PlannedMigration> with(PlannedMigration.Status status) {
        return migrations.stream().filter(m -> m.status() == status).toList();
    }

    /** True when every deploy migration of the working tree is in the release as it is now. */
    private static boolean sameMigrations(List<ShippedSet> working, List<ShippedSet> release, SetMatcher matcher) {
        for (ShippedSet w : working) {
            ShippedSet c = matcher.counterpart(w, release);
            for (ShippedMigration m : w.migrations()) {
                if (!m.deploy()) {
                    continue;
                }
                ShippedMigration then = c == null ? null : matcher.byIdentity(c).get(m.identity());
                if (then == null || m.contentHash() == null || !m.contentHash().equals(then.contentHash())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<PlannedMigration> allNew(List<ShippedSet> sets) {
        List<PlannedMigration> out = new ArrayList<>();
        for (ShippedSet s : sets) {
            for (ShippedMigration m : s.migrations()) {
                if (m.deploy()) {
                    out.add(new PlannedMigration(s.root(), m, PlannedMigration.Status.NEW, null, null, false, null));
                }
            }
        }
        return out;
    }

    private static List<PlannedMigration> classify(List<ShippedSet> sets, List<Release> before,
                                                   ReleaseMigrations shipped, SetMatcher matcher) {
        List<PlannedMigration> out = new ArrayList<>();
        for (ShippedSet w : sets) {
            List<ShippedSet> counterparts = new ArrayList<>();
            for (Release r : before) {
                counterparts.add(matcher.counterpart(w, shipped.of(r)));
            }
            List<PlannedMigration> mine = new ArrayList<>();
            for (ShippedMigration m : w.migrations()) {
                if (!m.deploy()) {
                    continue;
                }
                PlannedMigration p = null;
                for (int i = 0; i < before.size() && p == null; i++) {
                    ShippedSet c = counterparts.get(i);
                    ShippedMigration then = c == null ? null : matcher.byIdentity(c).get(m.identity());
                    if (then != null) {
                        boolean edited = m.contentHash() == null || !m.contentHash().equals(then.contentHash());
                        p = new PlannedMigration(w.root(), m, PlannedMigration.Status.SHIPPED, before.get(i).tag(),
                                then, edited, null);
                    }
                }
                mine.add(p != null ? p : new PlannedMigration(w.root(), m, PlannedMigration.Status.NEW, null, null,
                        false, null));
            }
            out.addAll(markOutOfOrder(mine));
        }
        return out;
    }

    /** Marks each NEW migration that comes before a SHIPPED one in the set's apply order. */
    private static List<PlannedMigration> markOutOfOrder(List<PlannedMigration> ordered) {
        List<PlannedMigration> out = new ArrayList<>(ordered);
        String laterShipped = null;
        for (int i = out.size() - 1; i >= 0; i--) {
            PlannedMigration p = out.get(i);
            if (p.status() == PlannedMigration.Status.SHIPPED) {
                laterShipped = p.migration().identity();
            } else if (laterShipped != null && !p.migration().identity().startsWith("flyway:B:")) {
                // a Flyway baseline runs only on an empty database: never out of order
                out.set(i, new PlannedMigration(p.set(), p.migration(), p.status(), null, null, false, laterShipped));
            }
        }
        return out;
    }

    private static List<DeletedMigration> deleted(List<ShippedSet> sets, List<Release> before,
                                                  ReleaseMigrations shipped, SetMatcher matcher) {
        // a lineage follows one set from release to release by counterparts, so that a folder moved between
        // two old releases stays one set even when the working tree shares nothing with the older one
        Map<ShippedSet, String> lineage = new java.util.IdentityHashMap<>();
        List<ShippedSet> previous = List.of();
        for (Release r : before) {
            List<ShippedSet> current = shipped.of(r);
            for (ShippedSet s : current) {
                ShippedSet c = matcher.counterpart(s, previous);
                lineage.putIfAbsent(s, c != null ? lineage.get(c) : r.tag() + ":" + s.root() + ":" + s.dialect());
            }
            previous = current;
        }
        Map<String, Map<String, ShippedMigration>> present = new java.util.HashMap<>();
        for (ShippedSet w : sets) {
            String key = null;
            for (int i = before.size() - 1; i >= 0 && key == null; i--) {
                ShippedSet c = matcher.counterpart(w, shipped.of(before.get(i)));
                key = c == null ? null : lineage.get(c);
            }
            if (key != null) {
                present.computeIfAbsent(key, k -> new java.util.HashMap<>()).putAll(matcher.byIdentity(w));
            }
        }
        Map<String, DeletedMigration> gone = new LinkedHashMap<>();
        for (Release r : before) {
            for (ShippedSet old : shipped.of(r)) {
                String key = lineage.get(old);
                Map<String, ShippedMigration> now = present.getOrDefault(key, Map.of());
                for (ShippedMigration m : matcher.byIdentity(old).values()) {
                    if (!now.containsKey(m.identity())) {
                        String k = key + "\n" + m.identity();
                        gone.remove(k); // re-insert: keep the order of the last release that had it
                        gone.put(k, new DeletedMigration(m, r.tag()));
                    }
                }
            }
        }
        return List.copyOf(gone.values());
    }
}
