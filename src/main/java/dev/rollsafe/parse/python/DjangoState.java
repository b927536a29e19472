package dev.rollsafe.parse.python;

import dev.rollsafe.model.DataType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The models as the migrations read so far leave them (Django's project state, as far as tables go): which
 * table each model has and which column each field has. Keyed by {@code app_label.modelname} in lower case.
 */
final class DjangoState {

    /** A field as its migration defines it, with the column Django gives it (null column for a many-to-many). */
    record Field(String name, String cls, String column, DataType type, boolean notNull, String dbDefault,
                 boolean primaryKey, boolean unique, boolean indexed, String target, PyExpr.Call call) {
    }

    static final class Model {
        final String app;
        final String name;
        String dbTable;
        final Map<String, Field> fields = new LinkedHashMap<>();
        List<List<String>> uniqueTogether = new ArrayList<>();
        List<List<String>> indexTogether = new ArrayList<>();

        Model(String app, String name) {
            this.app = app;
            this.name = name;
        }

        String table() {
            return dbTable != null ? dbTable : app + "_" + name.toLowerCase(Locale.ROOT);
        }

        Field pk() {
            for (Field f : fields.values()) {
                if (f.primaryKey()) {
                    return f;
                }
            }
            return null;
        }
    }

    private final Map<String, Model> models = new HashMap<>();

    static String key(String app, String model) {
        return (app + "." + model).toLowerCase(Locale.ROOT);
    }

    Model get(String app, String model) {
        return models.get(key(app, model));
    }

    Model put(Model m) {
        models.put(key(m.app, m.name), m);
        return m;
    }

    Model remove(String app, String model) {
        return models.remove(key(app, model));
    }

    /**
     * The model a relation names: {@code "app.Model"}, {@code "Model"} (in {@code app}) or the user model
     * setting; as {@code app.model} in lower case.
     */
    static String target(PyExpr to, String app) {
        if (to instanceof PyExpr.Ref r && r.dotted().endsWith("AUTH_USER_MODEL")) {
            return "auth.user";
        }
        String s = DjangoFields.string(to);
        if (s == null) {
            return null;
        }
        if (s.equals("self")) {
            return null;
        }
        return (s.contains(".") ? s : app + "." + s).toLowerCase(Locale.ROOT);
    }

    /** The column type of the primary key of model {@code target}, for the foreign keys that point at it. */
    DataType keyType(String target) {
        Model m = target == null ? null : models.get(target);
        Field pk = m == null ? null : m.pk();
        if (pk != null && pk.type() != null) {
            return pk.type();
        }
        // Django's own auth.User keeps an AutoField; projects since 3.2 default to BigAutoField
        return DataType.of("auth.user".equals(target) ? "integer" : "bigint");
    }
}
