package dev.rollsafe.deploy;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Spring Boot facts: Flyway or Liquibase in a pom.xml or build.gradle next to Spring Boot, and whether an
 * {@code application*.properties} / {@code application*.yml} turns it off.
 */
final class SpringBuilds {

    private SpringBuilds() {
    }

    static boolean isBuild(String name) {
        return name.equals("pom.xml") || name.equals("build.gradle") || name.equals("build.gradle.kts");
    }

    static boolean isConfig(String name) {
        return name.matches("(application|bootstrap)(-[A-Za-z0-9_.-]+)?\\.(properties|ya?ml)");
    }

    /** The migration tool a build file brings next to Spring Boot, with its line; null when none. */
    static Spring dependency(String path, String text) {
        if (!text.contains("spring-boot")) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].toLowerCase(Locale.ROOT);
            if (l.contains("flyway-core") || l.contains("org.flywaydb:flyway") || l.contains("flyway-database")
                    || l.contains("<artifactid>flyway-")) {
                return new Spring(Framework.SPRING_FLYWAY, path, i + 1, null);
            }
            if (l.contains("liquibase-core")) {
                return new Spring(Framework.SPRING_LIQUIBASE, path, i + 1, null);
            }
        }
        return null;
    }

    /** Whether a configuration file sets {@code property} to false. */
    static boolean disables(String name, String text, String property) {
        if (name.endsWith(".properties")) {
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.startsWith(property)) {
                    String v = l.substring(property.length()).strip();
                    if ((v.startsWith("=") || v.startsWith(":")) && v.substring(1).strip().equalsIgnoreCase("false")) {
                        return true;
                    }
                }
            }
            return false;
        }
        try {
            for (Object doc : new Yaml(new LoaderOptions()).loadAll(new StringReader(text))) {
                if (isFalse(lookup(doc, property))) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return false; // a YAML file that cannot be read turns nothing off
        }
        return false;
    }

    /** {@code a.b.c} in nested maps, or as a flat key at any level. */
    private static Object lookup(Object node, String property) {
        if (!(node instanceof Map<?, ?> map)) {
            return null;
        }
        if (map.containsKey(property)) {
            return map.get(property);
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (property.startsWith(k + ".")) {
                Object v = lookup(e.getValue(), property.substring(k.length() + 1));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static boolean isFalse(Object v) {
        return v != null && List.of("false", "off", "no").contains(String.valueOf(v).toLowerCase(Locale.ROOT));
    }
}
