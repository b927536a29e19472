package dev.rollsafe.deploy;

import java.util.List;

/**
 * What the deployment files of a project say about where migrations run.
 *
 * @param files  the deployment files read (display paths)
 * @param steps  every command found, in file order
 * @param spring the Spring Boot applications with Flyway or Liquibase on their classpath
 * @param notes  one line per file that could not be read (named), for the user
 * @param rollouts the rollout strategy of each Deployment, DeploymentConfig and StatefulSet found
 */
public record Deployment(List<String> files, List<Step> steps, List<Spring> spring, List<String> notes,
                         List<Rollout> rollouts) {
    public Deployment {
        files = List.copyOf(files);
        steps = List.copyOf(steps);
        spring = List.copyOf(spring);
        notes = List.copyOf(notes);
        rollouts = List.copyOf(rollouts);
    }

    public Deployment(List<String> files, List<Step> steps, List<Spring> spring, List<String> notes) {
        this(files, steps, spring, notes, List.of());
    }

    public static Deployment empty() {
        return new Deployment(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return steps.isEmpty() && spring.isEmpty();
    }
}
