package dev.rollsafe.release;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.release.history.DeletedMigration;
import dev.rollsafe.release.history.DeployPlan;
import dev.rollsafe.release.history.GitHistory;
import dev.rollsafe.release.history.PlannedMigration;
import dev.rollsafe.release.history.ReleaseMigrations;
import dev.rollsafe.release.history.ShippedMigration;
import dev.rollsafe.release.history.TagPattern;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the engine needs from the release history, without JGit: which migrations of the working tree are
 * new (the deploy, linted fully) and which already shipped (history, looked at only by the history rules),
 * and the facts the history rules judge. Outside git, or without release tags, everything is new.
 */
public final class ReleaseView {
    private final Set<String> newUnits;
    private final Set<String> shippedUnits;
    private final List<HistoryFact> facts;
    private final List<String> notes;
    private final String fingerprint;

    private ReleaseView(Set<String> newUnits, Set<String> shippedUnits, List<HistoryFact> facts, List<String> notes,
                        String fingerprint) {
        this.newUnits = newUnits;
        this.shippedUnits = shippedUnits;
        this.facts = List.copyOf(facts);
        this.notes = List.copyOf(notes);
        this.fingerprint = fingerprint;
    }

    /** Reads the history of the repository holding {@code cwd} and plans the deploy of {@code sets}. */
    public static ReleaseView of(Path cwd, Config config, List<MigrationSet> sets, Dialect override) {
        List<String> notes = new ArrayList<>();
        TagPattern pattern = TagPattern.of(config);
        try (GitHistory history = GitHistory.open(cwd, pattern, notes).orElse(null)) {
            if (history == null || history.releases().isEmpty()) {
                DeployPlan plan = DeployPlan.of(sets, history, null, notes);
                return new ReleaseView(Set.of(), Set.of(), List.of(), plan.notes(), "none");
            }
            try (ReleaseMigrations shipped = new ReleaseMigrations(history, cwd, config, override)) {
                DeployPlan plan = DeployPlan.of(sets, history, shipped, notes);
                return build(cwd, history.workTree().orElse(cwd), plan, history.headCommit().orElse("")
                        + history.releases());
            }
        } catch (RuntimeException e) {
            return new ReleaseView(Set.of(), Set.of(), List.of(),
                    List.of("release history unreadable (" + e.getClass().getSimpleName() + "): every migration counts as new"),
                    "broken");
        }
    }

    private static ReleaseView build(Path cwd, Path top, DeployPlan plan, String state) {
        Set<String> fresh = new HashSet<>();
        Set<String> old = new HashSet<>();
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
                old.add(key);
                if (m.edited()) {
                    boolean whitespace = squeeze(now.text()).equals(squeeze(m.shipped().text()));
                    facts.add(new HistoryFact(whitespace ? HistoryFact.Kind.MODIFIED_WHITESPACE
                            : HistoryFact.Kind.MODIFIED, path, 1, now.identity(), m.shippedIn(), null));
                }
            }
        }
        for (DeletedMigration d : plan.deleted()) {
            facts.add(new HistoryFact(HistoryFact.Kind.DELETED, display(cwd, top, d.migration().path()), 1,
                    d.migration().identity(), d.lastTag(), null));
        }
        return new ReleaseView(fresh, old, facts, plan.notes(), state + facts);
    }

    private static String shippedTag(DeployPlan plan, PlannedMigration m) {
        for (PlannedMigration other : plan.migrations()) {
            if (other.status() == PlannedMigration.Status.SHIPPED && other.migration().identity().equals(m.sortsBefore())) {
                return other.shippedIn();
            }
        }
        return null;
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    private static String key(Path top, ShippedMigration m) {
        return top.resolve(m.path()).toAbsolutePath().normalize() + "\u0000" + m.identity();
    }

    private static String display(Path cwd, Path top, String repoPath) {
        Path abs = top.resolve(repoPath).toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /**
     * Whether a deploy unit is part of this deploy: not yet shipped by a release. {@code unitIdentity} is the
     * identity the history gives the unit (layout + framework identity; for Liquibase the changeset's).
     * Without history every unit is new.
     */
    public boolean isNew(Path file, String layout, String identity) {
        if (shippedUnits.isEmpty()) {
            return true;
        }
        String key = file.toAbsolutePath().normalize() + "\u0000" + layout + ":" + identity;
        return !shippedUnits.contains(key) || newUnits.contains(key);
    }

    public List<HistoryFact> facts() {
        return facts;
    }

    /** One-line notes for the user (no history, no release tags, unreadable releases). */
    public List<String> notes() {
        return notes;
    }

    /** Changes whenever what this view says could change: part of every result-cache key. */
    public String fingerprint() {
        return fingerprint;
    }
}
