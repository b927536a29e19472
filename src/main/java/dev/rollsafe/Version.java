package dev.rollsafe;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** rollsafe's own version and build stamp (the bottom of every layer: it depends on nothing), from {@code /dev/rollsafe/version.properties} (filtered by Maven). */
public final class Version {
    public static final String RESOURCE = "/dev/rollsafe/version.properties";

    private Version() {
    }

    /** The version, or "unknown" when the resource is missing or was not filtered. */
    public static String current() {
        return property("version");
    }

    /** The build stamp (time of the build), or "unknown". */
    public static String build() {
        return property("build");
    }

    private static String property(String name) {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(name, "").strip();
            return v.isEmpty() || v.contains("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
