package dev.rollsafe.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** rollsafe's own version, from {@code /dev/rollsafe/version.properties} (filtered by the build). */
public final class ToolVersion {

    public static final String RESOURCE = "/dev/rollsafe/version.properties";

    private ToolVersion() {
    }

    /** The version, or "unknown" when the resource is missing or was not filtered. */
    public static String current() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.contains("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
