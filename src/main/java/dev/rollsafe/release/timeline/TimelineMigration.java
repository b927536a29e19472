package dev.rollsafe.release.timeline;

/**
 * A migration a release shipped first (no earlier release held its identity).
 *
 * @param identity the layout-prefixed identity ({@code flyway:4}, {@code liquibase:alice:7}, ...)
 * @param path     the file, from the repository root, with '/'
 */
public record TimelineMigration(String identity, String path) {

    /** What a person calls it: the file name without {@code .sql}, or a changeset's id for Liquibase. */
    public String label() {
        if (identity.startsWith("liquibase:")) {
            return identity.substring("liquibase:".length());
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
    }
}
