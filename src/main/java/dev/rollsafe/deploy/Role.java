package dev.rollsafe.deploy;

/** Where a command runs in the deployment, which decides whether migrating there is right. */
public enum Role {
    /** The application's own start-up: a container of a Deployment, a Dockerfile's CMD, a Procfile web line. */
    APP("application container"),
    /** An init container of the application's pod: runs before the app container starts. */
    INIT("init container"),
    /** A Job or CronJob. */
    JOB("Job"),
    /** A Helm pre-install/pre-upgrade or Argo CD PreSync hook. */
    HOOK("deploy hook"),
    /** A Procfile release: line (Heroku and alikes run it once per release). */
    RELEASE("release phase"),
    /** The pre or mid hook of an OpenShift DeploymentConfig strategy. */
    STRATEGY_HOOK("strategy hook");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this is a place made to run migrations once per deploy. */
    public boolean migrationStep() {
        return this != APP;
    }
}
