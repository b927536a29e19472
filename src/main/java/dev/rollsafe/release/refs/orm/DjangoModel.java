package dev.rollsafe.release.refs.orm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Django model class read from one file: its table and its fields' columns. {@code known} is false for a
 * model only imported (its table from the app label and class name, its fields unknown).
 *
 * @param fields   field name -> field, in declaration order (with the fields of abstract bases)
 * @param managers the names of the model's own managers ({@code active = ActiveManager()}), besides objects
 */
record DjangoModel(String name, String table, int line, boolean known, Map<String, Field> fields,
                   java.util.Set<String> managers) {

    /**
     * One field with a column. {@code relation} marks a ForeignKey or OneToOneField (column {@code <name>_id}).
     */
    record Field(String name, String column, int line, boolean relation, boolean primaryKey) {
    }

    static DjangoModel imported(String name, String app, String table) {
        String t = table != null ? table : app + "_" + name.toLowerCase(java.util.Locale.ROOT);
        return new DjangoModel(name, t, 0, false,
                new LinkedHashMap<>(), java.util.Set.of());
    }

    /**
     * The column a lookup's first segment names: a field, a relation's attname ({@code customer_id}), or
     * {@code pk}; null when this model has no such column (a reverse relation, an annotation). For an
     * imported model, whose fields are unknown, the name itself ({@code _id} added for {@code relation}).
     */
    String column(String segment, boolean relation) {
        if (!known) {
            if (segment.equals("pk")) {
                return null;
            }
            return relation && !segment.endsWith("_id") ? segment + "_id" : segment;
        }
        if (segment.equals("pk")) {
            for (Field f : fields.values()) {
                if (f.primaryKey()) {
                    return f.column();
                }
            }
            return fields.containsKey("id") ? fields.get("id").column() : null;
        }
        Field f = fields.get(segment);
        if (f != null) {
            return f.column();
        }
        for (Field r : fields.values()) {
            if (r.relation() && (r.name() + "_id").equals(segment)) {
                return r.column();
            }
        }
        return null;
    }
}
