package dev.rollsafe.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The migration connection's settings and transaction state. {@code local} holds SET LOCAL values,
 * which end with the transaction; {@code atBegin} is the session settings when the explicit transaction
 * began (PostgreSQL undoes a SET on ROLLBACK), or null outside one.
 */
record Session(Map<String, String> session, Map<String, String> local, Map<String, String> global,
               boolean inTransaction, Map<String, String> atBegin) {

    static final Session NONE = new Session(Map.of(), Map.of(), Map.of(), false, null);

    Session {
        session = Map.copyOf(session);
        local = Map.copyOf(local);
        global = Map.copyOf(global);
        atBegin = atBegin == null ? null : Map.copyOf(atBegin);
    }

    /** The value in effect: SET LOCAL over SET. */
    String effective(String name) {
        String v = local.get(name);
        return v != null ? v : session.get(name);
    }

    Map<String, String> effective() {
        Map<String, String> all = new HashMap<>(session);
        all.putAll(local);
        return Map.copyOf(all);
    }

    Session set(Change.Scope scope, String name, String value) {
        switch (scope) {
            case LOCAL:
                return new Session(session, put(local, name, value), global, inTransaction, atBegin);
            case GLOBAL:
                return new Session(session, local, put(global, name, value), inTransaction, atBegin);
            case SESSION:
            default:
                // a plain SET replaces an earlier SET LOCAL of the same name, beyond the transaction too
                return new Session(put(session, name, value), put(local, name, null), global, inTransaction, atBegin);
        }
    }

    Session begin() {
        return inTransaction ? this : new Session(session, local, global, true, session);
    }

    /** COMMIT (or an implicit commit): the transaction and its SET LOCAL values end. */
    Session commit() {
        return new Session(session, Map.of(), global, false, null);
    }

    /** ROLLBACK: as commit, and with {@code undoSet} the session settings return to those at BEGIN. */
    Session rollback(boolean undoSet) {
        Map<String, String> restored = undoSet && atBegin != null ? atBegin : session;
        return new Session(restored, Map.of(), global, false, null);
    }

    private static Map<String, String> put(Map<String, String> map, String name, String value) {
        Map<String, String> next = new HashMap<>(map);
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        return next;
    }
}
