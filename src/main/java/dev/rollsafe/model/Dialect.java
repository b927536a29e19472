package dev.rollsafe.model;

import java.util.Locale;
import java.util.Optional;

/** The SQL dialects rollsafe understands. MariaDB shares MySQL's syntax but has its own version line. */
public enum Dialect {
    POSTGRESQL("postgresql"),
    MYSQL("mysql"),
    MARIADB("mariadb");

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True for MySQL and MariaDB, which share lexical rules (backticks, `#` comments, backslash escapes). */
    public boolean isMySqlFamily() {
        return this != POSTGRESQL;
    }

    public static Optional<Dialect> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql": case "postgres": case "pg": case "pgsql":
                return Optional.of(POSTGRESQL);
            case "mysql":
                return Optional.of(MYSQL);
            case "mariadb":
                return Optional.of(MARIADB);
            default:
                return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
