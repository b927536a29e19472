package dev.rollsafe.report;

import dev.rollsafe.Version;

/** rollsafe's own version, for reports (the engine's {@link Version} reads it). */
public final class ToolVersion {

    public static final String RESOURCE = Version.RESOURCE;

    private ToolVersion() {
    }

    /** The version, or "unknown" when the resource is missing or was not filtered. */
    public static String current() {
        return Version.current();
    }
}
