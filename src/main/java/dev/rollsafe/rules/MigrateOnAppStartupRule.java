package dev.rollsafe.rules;

import dev.rollsafe.deploy.Deployment;
import dev.rollsafe.deploy.MigrationCommands;
import dev.rollsafe.deploy.Spring;
import dev.rollsafe.deploy.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The application container's start-up runs the migrations: {@code manage.py migrate} in a Dockerfile's CMD, an
 * entrypoint script, a container's command or a Procfile {@code web:} line; {@code flyway migrate} before the
 * server; Spring Boot with Flyway or Liquibase on the classpath and not turned off. Every pod then migrates as it
 * starts: scale-out during a burst waits on the migration lock, and old pods still serve while a new one changes
 * the schema under them.
 */
@RuleInfo(id = "migrate-on-app-startup", level = Level.ERROR,
        summary = "the application container runs the migrations as it starts",
        tags = {"deployment", "rolling-deploy"})
public final class MigrateOnAppStartupRule implements Rule {

    @Override
    public void checkDeployment(Deployment deployment, DeploySinks sinks) {
        Set<String> reported = new HashSet<>();
        String appImage = onlyAppImage(deployment.steps());
        for (Step step : deployment.steps()) {
            if (!DeployHelp.isApp(step)) {
                continue;
            }
            for (MigrationCommands.Hit hit : MigrationCommands.find(step.command())) {
                int line = step.lineAt(hit.offset());
                if (reported.add(step.path() + ":" + line)) {
                    sinks.at(step.path(), line).report(hit.framework().label() + " migrations run in " + step.place()
                                    + ": every pod migrates as it starts, while the previous release still serves",
                            DeployHelp.instead(step, hit.framework(), appImage));
                }
            }
        }
        for (Spring spring : deployment.spring()) {
            spring(spring, deployment.steps(), sinks, reported);
        }
    }

    private static void spring(Spring spring, List<Step> steps, DeploySinks sinks, Set<String> reported) {
        boolean offInApp = false;
        Step app = null;
        for (Step step : steps) {
            if (!DeployHelp.isApp(step)) {
                continue;
            }
            Boolean set = override(step, spring);
            if (Boolean.FALSE.equals(set)) {
                offInApp = true;
            } else if (Boolean.TRUE.equals(set) && reported.add(step.path() + ":" + step.line())) {
                sinks.at(step.path(), step.line()).report(spring.framework().label() + " migrations run in "
                                + step.place() + ": it sets " + spring.property() + " to true, so every pod migrates "
                                + "as it starts", DeployHelp.instead(step, spring.framework()));
            }
            if (app == null && step.image() != null) {
                app = step;
            }
        }
        if (spring.disabledIn() == null && !offInApp && reported.add(spring.path() + ":" + spring.line())) {
            sinks.at(spring.path(), spring.line()).report(spring.framework().label() + ": Spring Boot runs the "
                            + "migrations when the application starts (" + spring.property() + " is not false in "
                            + "application.properties/yml nor in the app container), so every pod migrates as it starts",
                    "set " + spring.property() + "=false (or " + spring.variable() + "=false in the app container's "
                            + "env) and " + DeployHelp.instead(app, spring.framework()));
        }
    }

    /** The one image the manifests' application containers run, or null when they name none or several. */
    private static String onlyAppImage(List<Step> steps) {
        Set<String> images = new java.util.TreeSet<>();
        for (Step step : steps) {
            if (DeployHelp.isApp(step) && step.image() != null) {
                images.add(step.shownImage());
            }
        }
        return images.size() == 1 ? images.iterator().next() : null;
    }

    /** What the step's environment or arguments set the tool's property to, or null. */
    private static Boolean override(Step step, Spring spring) {
        Boolean out = null;
        for (var e : step.env().entrySet()) {
            if (e.getKey().equals(spring.variable())) {
                out = bool(e.getValue());
            }
            String v = e.getValue().toLowerCase(Locale.ROOT);
            int at = v.indexOf(spring.property() + "=");
            if (at >= 0) {
                out = bool(v.substring(at + spring.property().length() + 1).split("\\s")[0]);
            }
        }
        String cmd = step.command().toLowerCase(Locale.ROOT);
        int at = cmd.indexOf(spring.property() + "=");
        if (at >= 0) {
            out = bool(cmd.substring(at + spring.property().length() + 1).split("[\\s\"']")[0]);
        }
        return out;
    }

    private static Boolean bool(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        return s.equals("false") ? Boolean.FALSE : s.equals("true") ? Boolean.TRUE : null;
    }
}
