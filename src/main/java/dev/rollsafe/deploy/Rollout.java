package dev.rollsafe.deploy;

/**
 * How a workload replaces its pods on a deploy, from its manifest.
 *
 * @param path     the file, relative to the current directory with '/'
 * @param line     the line of {@code strategy.type} (or of the workload when the default applies)
 * @param workload for messages: "DeploymentConfig shop"
 * @param strategy {@code Rolling}, {@code RollingUpdate}, {@code Recreate}, {@code OnDelete}, as written (or the
 *                 kind's default)
 * @param group    the group of the workload's steps (its containers, init containers, strategy hooks)
 */
public record Rollout(String path, int line, String workload, String strategy, String group) {

    /** Old pods stop before new ones start: no release but the new one serves once the new pods run. */
    public boolean recreate() {
        return strategy.equalsIgnoreCase("Recreate");
    }
}
