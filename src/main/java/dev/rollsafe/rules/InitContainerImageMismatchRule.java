package dev.rollsafe.rules;

import dev.rollsafe.deploy.Deployment;
import dev.rollsafe.deploy.MigrationCommands;
import dev.rollsafe.deploy.Role;
import dev.rollsafe.deploy.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The init container, strategy hook or hook Job that migrates runs another image or tag than the application
 * container: it applies another release's migrations (older ones, or newer ones the running code does not know).
 */
@RuleInfo(id = "init-container-image-mismatch", level = Level.ERROR,
        summary = "the container that runs the migrations uses another image than the application",
        tags = {"deployment", "rolling-deploy"})
public final class InitContainerImageMismatchRule implements Rule {

    @Override
    public void checkDeployment(Deployment deployment, DeploySinks sinks) {
        Set<String> reported = new HashSet<>();
        for (Step step : deployment.steps()) {
            if (!step.role().migrationStep() || step.role() == Role.RELEASE || step.image() == null
                    || MigrationCommands.find(step.command()).isEmpty()) {
                continue;
            }
            boolean sameWorkload = step.role() == Role.INIT || step.role() == Role.STRATEGY_HOOK;
            List<Step> apps = new ArrayList<>();
            for (Step s : deployment.steps()) {
                if (s.role() == Role.APP && s.image() != null
                        && (sameWorkload ? s.group().equals(step.group()) : s.scope().equals(step.scope()))) {
                    apps.add(s);
                }
            }
            if (apps.isEmpty() || apps.stream().anyMatch(a -> same(a.image(), step.image()))) {
                continue;
            }
            Step app = apps.get(0);
            if (reported.add(step.path() + ":" + step.imageLine())) {
                String framework = MigrationCommands.find(step.command()).get(0).framework().label();
                sinks.at(step.path(), step.imageLine()).report(step.place() + " runs " + framework
                                + " migrations with image " + step.shownImage() + ", but " + app.place() + " runs "
                                + app.shownImage() + ": it applies another release's migrations",
                        "use the application's image and tag for the migration step (image: " + app.shownImage()
                                + "), so that the migrations applied are those the new release was built with; "
                                + "with Helm, take both from the same value (e.g. .Values.image.tag).");
            }
        }
    }

    /** Equal images, a missing tag read as {@code :latest}. */
    private static boolean same(String a, String b) {
        return tagged(a.strip()).equals(tagged(b.strip()));
    }

    private static String tagged(String image) {
        int slash = image.lastIndexOf('/');
        String last = image.substring(slash + 1);
        return last.contains(":") || last.contains("@") ? image : image + ":latest";
    }
}
