package dev.rollsafe.rules;

import dev.rollsafe.model.Dialect;

/**
 * The target MySQL or MariaDB version, from {@link StatementContext#dbVersion()}. No version (or one that
 * does not read as numbers) means the newest server: the rules then describe current behaviour. A version
 * without a patch number ({@code 8.0}) means the newest release of that line.
 */
record MySqlVersion(Dialect dialect, int major, int minor, int patch) {

    static MySqlVersion of(StatementContext context) {
        return parse(context.dialect(), context.dbVersion());
    }

    static MySqlVersion parse(Dialect dialect, String text) {
        if (text != null) {
            String[] parts = text.strip().split("[.\\-]");
            try {
                int major = Integer.parseInt(parts[0]);
                int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
                int patch = parts.length > 2 ? Integer.parseInt(parts[2]) : Integer.MAX_VALUE;
                return new MySqlVersion(dialect, major, minor, patch);
            } catch (NumberFormatException e) {
                // fall through: newest
            }
        }
        return new MySqlVersion(dialect, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    }

    boolean mariaDb() {
        return dialect == Dialect.MARIADB;
    }

    /** True when this server is at least {@code major.minor} of its own line. */
    boolean atLeast(int wantMajor, int wantMinor) {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    }

    /** True when this server is at least {@code major.minor.patch} of its own line. */
    boolean atLeast(int wantMajor, int wantMinor, int wantPatch) {
        return major > wantMajor || (major == wantMajor && (minor > wantMinor || minor == wantMinor && patch >= wantPatch));
    }

    /** The server as messages name it: {@code MariaDB 10.11}, {@code MySQL 8.0.28}, {@code the newest MySQL}. */
    String label() {
        String server = mariaDb() ? "MariaDB" : "MySQL";
        if (major == Integer.MAX_VALUE) {
            return "the newest " + server;
        }
        return server + " " + major + "." + minor + (patch == Integer.MAX_VALUE ? "" : "." + patch);
    }

    /** Whether InnoDB widens a VARCHAR in place (same length-byte count): MySQL 5.7, MariaDB 10.2. */
    boolean widensVarcharInPlace() {
        return mariaDb() ? atLeast(10, 2) : atLeast(5, 7);
    }

    /** Whether InnoDB appends ENUM/SET members in place: MySQL 5.6 (meta-data only), MariaDB 10.0. */
    boolean appendsEnumInPlace() {
        return mariaDb() ? atLeast(10, 0) : atLeast(5, 6);
    }

    /** Whether the server knows ALGORITHM=INSTANT: MySQL 8.0.12, MariaDB 10.3. */
    boolean knowsInstant() {
        return mariaDb() ? atLeast(10, 3) : atLeast(8, 0, 12);
    }

    /** Whether the server knows ALGORITHM=NOCOPY: MariaDB 10.3; MySQL never. */
    boolean knowsNocopy() {
        return mariaDb() && atLeast(10, 3);
    }

    /** Whether ADD COLUMN (at the end) can be instant: MySQL 8.0.12, MariaDB 10.3. */
    boolean addsColumnInstantly() {
        return knowsInstant();
    }

    /** Whether ADD COLUMN ... FIRST / AFTER can be instant: MySQL 8.0.29, MariaDB 10.4. */
    boolean addsColumnAnywhereInstantly() {
        return mariaDb() ? atLeast(10, 4) : atLeast(8, 0, 29);
    }

    /** Whether DROP COLUMN can be instant: MySQL 8.0.29, MariaDB 10.4. */
    boolean dropsColumnInstantly() {
        return mariaDb() ? atLeast(10, 4) : atLeast(8, 0, 29);
    }
}
