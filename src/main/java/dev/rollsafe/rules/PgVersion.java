package dev.rollsafe.rules;

/**
 * The PostgreSQL version a migration targets, as a comparable number: major * 100 + minor for 9.x and
 * older ({@code 9.6} is 906), major * 100 from 10 on ({@code 15.4} is 1500). No version (or one that does
 * not read as a number) means the newest behaviour.
 */
public final class PgVersion {
    public static final int NEWEST = Integer.MAX_VALUE;

    private PgVersion() {
    }

    public static int of(String text) {
        if (text == null) {
            return NEWEST;
        }
        String[] parts = text.strip().split("[.\\s-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = major < 10 && parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major * 100 + minor;
        } catch (NumberFormatException e) {
            return NEWEST;
        }
    }

    /** True when the context's version is {@code major.minor} or later (or not given). */
    static boolean atLeast(StatementContext context, int major, int minor) {
        return of(context.dbVersion()) >= major * 100 + minor;
    }
}
