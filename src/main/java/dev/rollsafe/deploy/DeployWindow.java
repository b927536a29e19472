package dev.rollsafe.deploy;

import java.util.List;
import java.util.Optional;

/**
 * The deploy window the rollout strategy implies: how many releases before the one being deployed may still
 * serve traffic while its migrations run. With {@code Rolling}/{@code RollingUpdate} the previous release serves
 * while the new pods start (1). With {@code Recreate} the old pods stop before the new ones start (0), as long as
 * the migrations run in the new pods' init container or in the strategy's {@code mid} hook; a {@code pre} hook,
 * a Job or a Helm hook runs while the old pods still serve (1). Several workloads: the largest window.
 *
 * @param releases the window
 * @param reason   where it comes from, for the user: the workload, its file and line, and why
 */
public record DeployWindow(int releases, String reason) {

    /** The window the manifests imply, or empty when they declare no Deployment, DeploymentConfig or StatefulSet. */
    public static Optional<DeployWindow> of(Deployment deployment) {
        DeployWindow widest = null;
        for (Rollout r : deployment.rollouts()) {
            DeployWindow w = of(r, deployment.steps());
            if (widest == null || w.releases() > widest.releases()) {
                widest = w;
            }
        }
        return Optional.ofNullable(widest);
    }

    private static DeployWindow of(Rollout r, List<Step> steps) {
        String where = r.strategy() + " strategy of " + r.workload() + " (" + r.path() + ":" + r.line() + ")";
        if (!r.recreate()) {
            return new DeployWindow(1, where + ": the previous release serves while the new pods start");
        }
        boolean init = false;
        boolean mid = false;
        boolean pre = false;
        for (Step s : steps) {
            if (!r.group().equals(s.group()) || MigrationCommands.find(s.command()).isEmpty()) {
                continue;
            }
            init |= s.role() == Role.INIT;
            mid |= s.role() == Role.STRATEGY_HOOK && s.place().startsWith("mid ");
            pre |= s.role() == Role.STRATEGY_HOOK && s.place().startsWith("pre ");
        }
        if (pre) {
            return new DeployWindow(1, where + ", but the migrations run in its pre hook, while the old pods still serve");
        }
        if (init || mid) {
            return new DeployWindow(0, where + " with the migrations in its " + (init ? "init container" : "mid hook")
                    + ": the old pods stop before they run, so no earlier release serves the new schema");
        }
        return new DeployWindow(1, where + ", but the migrations do not run in its init container or mid hook (a"
                + " Job or hook may run them while the old pods still serve)");
    }
}
