package dev.rollsafe.deploy;

import java.util.List;

/** A migration tool whose command rollsafe recognises, with the command that runs it on its own. */
public enum Framework {
    DJANGO("Django", List.of("python", "manage.py", "migrate", "--noinput")),
    FLYWAY("Flyway", List.of("flyway", "migrate")),
    LIQUIBASE("Liquibase", List.of("liquibase", "update")),
    ALEMBIC("Alembic", List.of("alembic", "upgrade", "head")),
    RAILS("Rails", List.of("bin/rails", "db:migrate")),
    PRISMA("Prisma", List.of("npx", "prisma", "migrate", "deploy")),
    SPRING_FLYWAY("Spring Boot with Flyway", List.of("java", "-jar", "/app.jar",
            "--spring.main.web-application-type=none", "--spring.flyway.enabled=true")),
    SPRING_LIQUIBASE("Spring Boot with Liquibase", List.of("java", "-jar", "/app.jar",
            "--spring.main.web-application-type=none", "--spring.liquibase.enabled=true"));

    private final String label;
    private final List<String> command;

    Framework(String label, List<String> command) {
        this.label = label;
        this.command = command;
    }

    public String label() {
        return label;
    }

    /** The command that only migrates, for an init container or a Job. */
    public List<String> command() {
        return command;
    }
}
