package dev.rollsafe.rules;

import dev.rollsafe.model.Dialect;

/**
 * The target MySQL or MariaDB version, from {@link StatementContext#dbVersion()}. No version (or one that
 * does not read as numbers) means the newest server: the rules then describe current behaviour.
 */
record MySqlVersion(Dialect dialect, int major, int minor) {

    static MySqlVersion of(StatementContext context) {
        String text = context.dbVersion();
        if (text != null) {
            String[] parts = text.strip().split("[.\\-]");
            try {
                int major = Integer.parseInt(parts[0]);
                int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
                return new MySqlVersion(context.dialect(), major, minor);
            } catch (NumberFormatException e) {
                // fall through: newest
            }
        }
        return new MySqlVersion(context.dialect(), Integer.MAX_VALUE, 0);
    }

    boolean mariaDb() {
        return dialect == Dialect.MARIADB;
    }

    /** True when this server is at least {@code major.minor} of its own line. */
    boolean atLeast(int wantMajor, int wantMinor) {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    }

    /** Whether InnoDB widens a VARCHAR in place (same length-byte count): MySQL 5.7, MariaDB 10.2. */
    boolean widensVarcharInPlace() {
        return mariaDb() ? atLeast(10, 2) : atLeast(5, 7);
    }

    /** Whether InnoDB appends ENUM/SET members in place: MySQL 5.6 (meta-data only), MariaDB 10.0. */
    boolean appendsEnumInPlace() {
        return mariaDb() ? atLeast(10, 0) : atLeast(5, 6);
    }
}
