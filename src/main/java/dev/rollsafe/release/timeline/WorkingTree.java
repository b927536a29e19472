package dev.rollsafe.release.timeline;

import dev.rollsafe.release.history.DeployPlan;
import dev.rollsafe.release.history.GitHistory;
import dev.rollsafe.release.history.PlannedMigration;
import dev.rollsafe.release.history.ReleaseMigrations;
import dev.rollsafe.release.history.ShippedMigration;
import dev.rollsafe.release.history.ShippedSet;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.Discovery;
import dev.rollsafe.source.MigrationFinder;
import dev.rollsafe.source.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working tree's migration sets, found by the normal discovery and written like a release's (paths from
 * the repository root, layout-prefixed identities) by way of the deploy plan, which already does that.
 */
final class WorkingTree {
    private WorkingTree() {
    }

    static List<ShippedSet> sets(Path cwd, Config config, GitHistory history, ReleaseMigrations shipped) {
        Discovery d = new MigrationFinder().discover(cwd, List.of(), config, null);
        Path top = history.workTree().orElse(cwd.toAbsolutePath().normalize());
        Map<String, String> dialects = new HashMap<>();
        for (MigrationSet s : d.sets()) {
            dialects.putIfAbsent(relative(top, s.root()), s.dialect().id());
        }
        DeployPlan plan = DeployPlan.of(d.sets(), history, shipped, new ArrayList<>());
        Map<String, List<ShippedMigration>> bySet = new LinkedHashMap<>();
        Map<String, String> layouts = new HashMap<>();
        for (PlannedMigration p : plan.migrations()) {
            bySet.computeIfAbsent(p.set(), k -> new ArrayList<>()).add(p.migration());
            layouts.putIfAbsent(p.set(), p.migration().layout());
        }
        List<ShippedSet> out = new ArrayList<>();
        bySet.forEach((root, ms) -> out.add(new ShippedSet(root, layouts.get(root),
                dialects.getOrDefault(root, "postgresql"), ms)));
        return out;
    }

    private static String relative(Path top, Path p) {
        Path a = p.toAbsolutePath().normalize();
        if (a.startsWith(top)) {
            String r = top.relativize(a).toString().replace('\\', '/');
            return r.isEmpty() ? "." : r;
        }
        return p.toString().replace('\\', '/');
    }
}
