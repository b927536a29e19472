package dev.rollsafe.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A column type as written, normalised to lower case with single spaces: {@code name} is the base type
 * ({@code varchar}, {@code character varying}, {@code int}, {@code timestamp with time zone}) and
 * {@code args} what was in parentheses ({@code "50"}, {@code "10,2"}), or null. {@code array} is true
 * for PostgreSQL arrays ({@code int[]}). PostgreSQL's single-byte internal type keeps its quotes
 * ({@code "char"}), which tells it apart from {@code char}, the blank-padded character type.
 *
 * <p>{@link #canonical()} is the one place that knows PostgreSQL's aliases for the same type.
 */
public record DataType(String name, String args, boolean array) implements java.io.Serializable {

    /** PostgreSQL's other spellings of a type, mapped to one name per type. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("character varying", "varchar"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("time with time zone", "timetz"), Map.entry("time without time zone", "time"),
            Map.entry("bool", "boolean"), Map.entry("decimal", "numeric"), Map.entry("float8", "double precision"),
            Map.entry("float4", "real"), Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("bit varying", "varbit"), Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"), Map.entry("char varying", "varchar"),
            Map.entry("national character varying", "varchar"), Map.entry("national char varying", "varchar"),
            Map.entry("nchar varying", "varchar"), Map.entry("national character", "char"),
            Map.entry("national char", "char"), Map.entry("nchar", "char"));

    /** The PostgreSQL pseudo-types that create a sequence owned by the column. */
    private static final Set<String> SERIALS = Set.of(
            "serial", "serial4", "bigserial", "serial8", "smallserial", "serial2");

    private static final String CATALOG = "pg_catalog.";

    public DataType {
        name = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (args != null) {
            args = args.replaceAll("\\s+", "");
        }
    }

    public static DataType of(String name) {
        return new DataType(name, null, false);
    }

    /**
     * The PostgreSQL type this names, one spelling per type: {@code int4}, {@code int} and {@code serial} are all
     * {@code integer}; {@code character varying} is {@code varchar}; {@code character} and {@code bpchar} are
     * {@code char}; {@code timestamp without time zone} is {@code timestamp}; a {@code pg_catalog.} prefix is
     * dropped. Names it does not know come back as written.
     */
    public String canonical() {
        String n = name.startsWith(CATALOG) ? name.substring(CATALOG.length()) : name;
        return ALIASES.getOrDefault(n, n);
    }

    /** True for PostgreSQL's serial pseudo-types ({@code serial}, {@code bigserial}, {@code serial8}, ...). */
    public boolean serial() {
        return !array && SERIALS.contains(name);
    }

    @Override
    public String toString() {
        return name + (args == null ? "" : "(" + args + ")") + (array ? "[]" : "");
    }
}
