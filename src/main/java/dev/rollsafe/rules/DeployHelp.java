package dev.rollsafe.rules;

import dev.rollsafe.deploy.Framework;
import dev.rollsafe.deploy.Role;
import dev.rollsafe.deploy.Step;

/** The help text of the deployment rules: where the migrations should run instead, with the same image. */
final class DeployHelp {

    private DeployHelp() {
    }

    /** A YAML list of the command's words, as Kubernetes writes {@code command:}. */
    static String command(Framework framework) {
        StringBuilder sb = new StringBuilder("[");
        for (String w : framework.command()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('"').append(w).append('"');
        }
        return sb.append(']').toString();
    }

    /** What to run instead of migrating in {@code step}, for {@code framework}. */
    static String instead(Step step, Framework framework) {
        return instead(step, framework, null);
    }

    /**
     * As {@link #instead(Step, Framework)}; {@code otherImage} stands in when the step itself names no image (a
     * Dockerfile's CMD): the image the manifests run the application with, when they name exactly one.
     */
    static String instead(Step step, Framework framework, String otherImage) {
        String cmd = String.join(" ", framework.command());
        if (step != null && step.place().contains("Procfile")) {
            return "run the migrations in the release phase instead: a Procfile line `release: " + cmd
                    + "` runs once per release before the new processes start; keep `web:` to the server.";
        }
        String image = step != null && step.image() != null ? step.shownImage()
                : otherImage != null ? otherImage : "<the application's image>";
        return "start only the server in the application container and run the migrations once per deploy, "
                + "with the same image, before the new pods serve: an init container of the pod\n\n"
                + "  initContainers:\n"
                + "    - name: migrate\n"
                + "      image: " + image + "   # the same image and tag as the app container\n"
                + "      command: " + command(framework) + "\n\n"
                + "or a Job run before the rollout (Helm hook `helm.sh/hook: pre-install,pre-upgrade`, Argo CD "
                + "`argocd.argoproj.io/hook: PreSync`, or an OpenShift DeploymentConfig "
                + "`strategy.recreateParams.mid.execNewPod` / `rollingParams.pre.execNewPod` with "
                + "`command: " + command(framework) + "`).";
    }

    static boolean isApp(Step s) {
        return s.role() == Role.APP;
    }
}
