package dev.rollsafe.parse;

import dev.rollsafe.model.ObjectKind;

/** The object kind a keyword after CREATE / DROP / ALTER / COMMENT ON names. */
final class ObjectKinds {

    private ObjectKinds() {
    }

    /** {@code word} upper case; null when it names no kind handled generically (TABLE, INDEX are not). */
    static ObjectKind of(String word) {
        switch (word) {
            case "VIEW": return ObjectKind.VIEW;
            case "FUNCTION": return ObjectKind.FUNCTION;
            case "PROCEDURE": return ObjectKind.PROCEDURE;
            case "TRIGGER": return ObjectKind.TRIGGER;
            case "SEQUENCE": return ObjectKind.SEQUENCE;
            case "TYPE": return ObjectKind.TYPE;
            case "DOMAIN": return ObjectKind.DOMAIN;
            case "SCHEMA": return ObjectKind.SCHEMA;
            case "EXTENSION": return ObjectKind.EXTENSION;
            case "POLICY": return ObjectKind.POLICY;
            case "RULE": return ObjectKind.RULE;
            case "EVENT": return ObjectKind.EVENT;
            case "STATISTICS": return ObjectKind.STATISTICS;
            case "ROLE": case "USER": case "GROUP": return ObjectKind.ROLE;
            case "DATABASE": return ObjectKind.DATABASE;
            case "COLLATION": return ObjectKind.COLLATION;
            case "AGGREGATE": return ObjectKind.AGGREGATE;
            case "OPERATOR": return ObjectKind.OPERATOR;
            case "PUBLICATION": return ObjectKind.PUBLICATION;
            case "SUBSCRIPTION": return ObjectKind.SUBSCRIPTION;
            case "SERVER": return ObjectKind.SERVER;
            case "TABLESPACE": return ObjectKind.TABLESPACE;
            case "LANGUAGE": case "TRANSFORM": case "ACCESS": case "CONVERSION": case "CAST": return ObjectKind.OTHER;
            default: return null;
        }
    }
}
