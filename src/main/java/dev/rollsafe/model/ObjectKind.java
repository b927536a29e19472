package dev.rollsafe.model;

import java.util.Locale;

/** Kinds of schema objects other than tables and columns, for the generic create/drop/rename records. */
public enum ObjectKind {
    VIEW(true),
    MATERIALIZED_VIEW(true),
    FUNCTION(true),
    PROCEDURE(true),
    TRIGGER(false),
    SEQUENCE(true),
    TYPE(true),
    DOMAIN(true),
    SCHEMA(true),
    EXTENSION(true),
    POLICY(false),
    RULE(false),
    EVENT(false),
    STATISTICS(false),
    ROLE(false),
    DATABASE(true),
    COLLATION(true),
    AGGREGATE(true),
    OPERATOR(true),
    PUBLICATION(false),
    SUBSCRIPTION(false),
    SERVER(false),
    FOREIGN_TABLE(true),
    TABLESPACE(false),
    OTHER(false);

    private final boolean usedByCode;

    ObjectKind(boolean usedByCode) {
        this.usedByCode = usedByCode;
    }

    /**
     * True when application code can name this kind of object (select from a view, call a function,
     * cast to a type), so dropping or renaming it can break running code.
     */
    public boolean usedByCode() {
        return usedByCode;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
