package dev.rollsafe.model;

import java.util.Locale;

/**
 * A column type as written, normalised to lower case with single spaces: {@code name} is the base type
 * ({@code varchar}, {@code character varying}, {@code int}, {@code timestamp with time zone}) and
 * {@code args} what was in parentheses ({@code "50"}, {@code "10,2"}), or null. {@code array} is true
 * for PostgreSQL arrays ({@code int[]}).
 */
public record DataType(String name, String args, boolean array) implements java.io.Serializable {
    public DataType {
        name = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (args != null) {
            args = args.replaceAll("\\s+", "");
        }
    }

    public static DataType of(String name) {
        return new DataType(name, null, false);
    }

    @Override
    public String toString() {
        return name + (args == null ? "" : "(" + args + ")") + (array ? "[]" : "");
    }
}
