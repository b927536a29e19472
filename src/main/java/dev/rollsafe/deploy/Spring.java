package dev.rollsafe.deploy;

/**
 * A Spring Boot application with a migration tool on its classpath.
 *
 * @param framework    {@link Framework#SPRING_FLYWAY} or {@link Framework#SPRING_LIQUIBASE}
 * @param path         the build file that brings the tool (pom.xml, build.gradle)
 * @param line         the line of the dependency
 * @param disabledIn   the configuration file that sets {@code spring.flyway.enabled=false} (or the Liquibase
 *                     one), or null when none does
 */
public record Spring(Framework framework, String path, int line, String disabledIn) {

    /** The property that turns the tool off: {@code spring.flyway.enabled} or {@code spring.liquibase.enabled}. */
    public String property() {
        return framework == Framework.SPRING_FLYWAY ? "spring.flyway.enabled" : "spring.liquibase.enabled";
    }

    /** The environment variable Spring Boot reads for {@link #property()}. */
    public String variable() {
        return property().toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }
}
