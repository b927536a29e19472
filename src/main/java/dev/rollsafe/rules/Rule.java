package dev.rollsafe.rules;

import dev.rollsafe.deploy.Deployment;
import dev.rollsafe.release.HistoryFact;

/**
 * A check. Rules are small, stateless and independent: they read the statement, the migration and the
 * schema through {@link StatementContext} and report through {@link FindingSink}. A rule never imports
 * another rule or JSqlParser. Its metadata is the {@link RuleInfo} annotation on the class; its doc is
 * {@code rules/<id>.md}; its fixtures are {@code testdata/rules/<id>/}.
 */
public interface Rule {

    /** Called for every deploy statement of every linted migration, in order. */
    default void check(StatementContext context, FindingSink sink) {
    }

    /** Called once for every migration file that is linted, readable or not, before its statements. */
    default void checkFile(FileContext context, FindingSink sink) {
    }

    /**
     * Called once per fact the release history gives about the migrations (history rules). The sink
     * reports at the fact's path and line.
     */
    default void checkHistory(HistoryFact fact, FindingSink sink) {
    }

    /**
     * Called once per check with what the project's deployment files say (Dockerfiles, entrypoint scripts,
     * Procfiles, Kubernetes/OpenShift manifests, Spring Boot builds): deployment rules report at a file and line.
     */
    default void checkDeployment(Deployment deployment, DeploySinks sinks) {
    }

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
        }
        return info;
    }
}
