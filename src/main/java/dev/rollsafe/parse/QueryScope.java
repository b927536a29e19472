package dev.rollsafe.parse;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The names a query level can use for its columns: each alias (or unaliased table name) maps to the real
 * table it stands for, or to {@link #DERIVED} for a subquery, CTE, function or placeholder whose columns
 * belong to no table of the schema. Outer levels are searched for correlated references.
 */
final class QueryScope {
    static final String DERIVED = "";

    final QueryScope parent;
    final Set<String> ctes;
    final Map<String, String> bindings = new LinkedHashMap<>();
    /** The keys of {@link #bindings} that are explicit aliases ({@code users u}), not table names. */
    final Set<String> aliases = new HashSet<>();
    /** Output names of the select list, which ORDER BY, GROUP BY and HAVING may use as columns. */
    final Set<String> selectAliases = new HashSet<>();

    QueryScope(QueryScope parent, Set<String> ctes) {
        this.parent = parent;
        this.ctes = ctes;
    }

    void bind(String key, String table) {
        bindings.putIfAbsent(key, table);
    }

    /** The table an alias or name stands for, searching outward; null when no level binds it. */
    String lookup(String qualifier) {
        for (QueryScope s = this; s != null; s = s.parent) {
            String t = s.bindings.get(qualifier);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** True when some level binds {@code name} as an explicit alias. */
    boolean isAlias(String name) {
        for (QueryScope s = this; s != null; s = s.parent) {
            if (s.aliases.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost level that has any binding, or null. */
    QueryScope nearestWithBindings() {
        for (QueryScope s = this; s != null; s = s.parent) {
            if (!s.bindings.isEmpty()) {
                return s;
            }
        }
        return null;
    }
}
