package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;
import dev.rollsafe.release.refs.orm.DjangoModel.Field;
import dev.rollsafe.release.refs.orm.PythonTokens.Arg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The model classes of one Python file: a class is a model when a base is {@code models.Model}, a model of
 * the same file, or when its body declares fields with Django's {@code models.XxxField(...)} (a base imported
 * from elsewhere). {@code class Meta} gives {@code db_table}, {@code app_label}, {@code abstract} and
 * {@code proxy}; abstract bases of the same file lend their fields; a subclass of a concrete model of the
 * same file gets {@code <parent>_ptr_id}; a model without a primary-key field gets {@code id}.
 */
final class DjangoModels {
    private static final Set<String> NOT_MODEL_FIELD_MODULES = Set.of("forms", "serializers", "filters",
            "django_filters", "graphene", "fields_forms");

    private static final class Cls {
        final String name;
        final int indent;
        final int line;
        final List<List<String>> bases;
        final Cls owner;
        int bodyIndent = -1;
        String dbTable;
        String appLabel;
        boolean isAbstract;
        boolean proxy;
        boolean formMeta;
        boolean djangoField;
        Boolean model;
        final List<Field> fields = new ArrayList<>();
        final List<Field> m2m = new ArrayList<>();
        final Set<String> managers = new java.util.HashSet<>();

        Cls(String name, int indent, int line, List<List<String>> bases, Cls owner) {
            this.name = name;
            this.indent = indent;
            this.line = line;
            this.bases = bases;
            this.owner = owner;
        }
    }

    private final String path;
    private final DjangoImports imports;
    private final Map<String, Cls> classes = new LinkedHashMap<>();

    private DjangoModels(String path, DjangoImports imports) {
        this.path = path;
        this.imports = imports;
    }

    /** The concrete models of the file by class name, their references added to {@code out}. */
    static Map<String, DjangoModel> read(String path, List<List<Token>> statements, DjangoImports imports,
                                         Lines lines, List<dev.rollsafe.release.Reference> out) {
        DjangoModels m = new DjangoModels(path, imports);
        m.parse(statements);
        return m.models(lines, out);
    }

    private void parse(List<List<Token>> statements) {
        Deque<Cls> open = new ArrayDeque<>();
        for (List<Token> s : statements) {
            int indent = s.get(0).col();
            while (!open.isEmpty() && open.peek().indent >= indent) {
                open.pop();
            }
            Cls top = open.peek();
            if (top != null && top.bodyIndent < 0) {
                top.bodyIndent = indent;
            }
            boolean member = top != null && indent == top.bodyIndent;
            if (s.get(0).is("class") && s.size() > 1 && s.get(1).isIdent()) {
                Cls c = new Cls(s.get(1).text(), indent, s.get(1).line(), bases(s), member ? top : null);
                if (c.owner == null) {
                    classes.putIfAbsent(c.name, c);
                }
                open.push(c);
            } else if (member && top.owner != null && top.name.equals("Meta")) {
                meta(top.owner, s);
            } else if (member && top.owner == null) {
                field(top, s);
            }
        }
    }

    private static void meta(Cls c, List<Token> s) {
        if (s.size() < 3 || !s.get(0).isIdent() || !s.get(1).is("=")) {
            return;
        }
        Token v = s.get(2);
        switch (s.get(0).text()) {
            case "db_table" -> c.dbTable = v.isString() ? v.text() : c.dbTable;
            case "app_label" -> c.appLabel = v.isString() ? v.text() : c.appLabel;
            case "abstract" -> c.isAbstract = v.is("True");
            case "proxy" -> c.proxy = v.is("True");
            case "model", "fields", "exclude" -> c.formMeta = true; // a ModelForm's or serializer's Meta
            default -> {
            }
        }
    }

    /** {@code name = [module.]XxxField(...)} in a class body. */
    private void field(Cls c, List<Token> s) {
        if (s.size() < 4 || !s.get(0).isIdent() || !s.get(1).is("=")) {
            return;
        }
        int i = 2;
        List<String> callee = new ArrayList<>();
        while (i < s.size() && s.get(i).isIdent()) {
            callee.add(s.get(i).text());
            if (i + 1 < s.size() && s.get(i + 1).is(".")) {
                i += 2;
            } else {
                i++;
                break;
            }
        }
        if (callee.isEmpty() || i >= s.size() || !s.get(i).is("(") || PythonTokens.close(s, i) != s.size() - 1) {
            return;
        }
        String call = callee.get(callee.size() - 1);
        if (s.get(0).is("output_field")) {
            return; // an expression's result type, not a field
        }
        if (call.endsWith("Manager") || call.equals("as_manager")) {
            c.managers.add(s.get(0).text());
            return;
        }
        String module = callee.size() > 1 ? callee.get(callee.size() - 2) : null;
        if (module != null && NOT_MODEL_FIELD_MODULES.contains(module)) {
            return;
        }
        boolean m2m = call.endsWith("ManyToManyField");
        boolean relation = !m2m && (call.endsWith("ForeignKey") || call.endsWith("OneToOneField")
                || call.equals("ParentalKey"));
        if (!m2m && !relation && !call.endsWith("Field")) {
            return;
        }
        boolean django = callee.size() == 2 ? imports.djangoModules.contains(module)
                : callee.size() == 1 && imports.djangoNames.containsKey(call);
        c.djangoField |= django;
        String name = s.get(0).text();
        String column = null;
        String table = null;
        boolean pk = false;
        for (Arg a : PythonTokens.args(s, i)) {
            if (a.positional()) {
                continue;
            }
            Token str = a.string();
            switch (a.name().text()) {
                case "db_column" -> column = str != null ? str.text() : column;
                case "db_table" -> table = str != null ? str.text() : table;
                case "primary_key" -> pk = a.value().size() == 1 && a.value().get(0).is("True");
                default -> {
                }
            }
        }
        int line = s.get(0).line();
        if (m2m) {
            c.m2m.add(new Field(name, table, line, false, false));
        } else {
            c.fields.add(new Field(name, column != null ? column : relation ? name + "_id" : name, line,
                    relation, pk));
        }
    }

    private boolean isModel(Cls c) {
        if (c.model != null) {
            return c.model;
        }
        c.model = false; // a cycle of bases ends here
        boolean model = false;
        for (List<String> base : c.bases) {
            String last = base.get(base.size() - 1);
            if (base.size() == 2 && last.equals("Model") && (imports.djangoModules.contains(base.get(0))
                    || base.get(0).equals("models"))) {
                model = true;
            } else if (base.size() == 1 && imports.isDjango(last, "Model")) {
                model = true;
            } else if (base.size() == 1 && classes.containsKey(last) && classes.get(last) != c
                    && isModel(classes.get(last))) {
                model = true;
            }
        }
        model |= c.djangoField && !c.formMeta && !expression(c, new java.util.HashSet<>());
        c.model = model;
        return model;
    }

    /** True for a subclass of one of Django's other classes (Func, Aggregate, Lookup, Field, ...). */
    private boolean expression(Cls c, Set<Cls> seen) {
        if (!seen.add(c)) {
            return false;
        }
        for (List<String> base : c.bases) {
            String last = base.get(base.size() - 1);
            boolean django = base.size() == 1 ? imports.djangoNames.containsKey(last)
                    : base.size() == 2 && imports.djangoModules.contains(base.get(0));
            if (django && !"Model".equals(base.size() == 1 ? imports.djangoNames.get(last) : last)) {
                return true;
            }
            Cls local = base.size() == 1 ? classes.get(last) : null;
            if (local != null && expression(local, seen)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, DjangoModel> models(Lines lines, List<dev.rollsafe.release.Reference> out) {
        Map<String, DjangoModel> result = new LinkedHashMap<>();
        String fileApp = DjangoImports.appOfFile(path);
        for (Cls c : classes.values()) {
            if (!isModel(c) || c.isAbstract || c.proxy) {
                continue;
            }
            String app = c.appLabel != null ? c.appLabel : fileApp;
            if (c.dbTable == null && app == null) {
                continue;
            }
            String table = c.dbTable != null ? Naming.quoted(c.dbTable)
                    : app + "_" + c.name.toLowerCase(Locale.ROOT);
            Map<String, Field> fields = new LinkedHashMap<>();
            Cls concreteParent = inherit(c, fields, new java.util.HashSet<>());
            for (Field f : c.fields) {
                fields.put(f.name(), f);
            }
            boolean hasPk = fields.values().stream().anyMatch(Field::primaryKey);
            if (!hasPk && concreteParent != null) {
                String ptr = concreteParent.name.toLowerCase(Locale.ROOT) + "_ptr";
                fields.put(ptr, new Field(ptr, ptr + "_id", c.line, true, true));
            } else if (!hasPk) {
                fields.putIfAbsent("id", new Field("id", "id", c.line, false, true));
            }
            result.put(c.name, new DjangoModel(c.name, table, c.line, true, fields, Set.copyOf(c.managers)));
            add(out, lines.ref(table, null, Usage.MAPPED, c.line, Confidence.EXACT));
            for (Field f : fields.values()) {
                add(out, lines.ref(table, Naming.quoted(f.column()), Usage.MAPPED, f.line(), Confidence.EXACT));
            }
            for (Field f : c.m2m) {
                String through = f.column() != null ? Naming.quoted(f.column()) : table + "_" + f.name();
                add(out, lines.ref(through, null, Usage.MAPPED, f.line(), Confidence.LIKELY));
            }
        }
        return result;
    }

    /** Adds the fields of abstract bases of this file (nearest last); returns a concrete base of this file. */
    private Cls inherit(Cls c, Map<String, Field> fields, Set<Cls> seen) {
        Cls concrete = null;
        if (!seen.add(c)) {
            return null;
        }
        for (int b = c.bases.size() - 1; b >= 0; b--) {
            List<String> base = c.bases.get(b);
            Cls p = base.size() == 1 ? classes.get(base.get(0)) : null;
            if (p == null || p == c || !isModel(p)) {
                continue;
            }
            if (p.isAbstract) {
                Cls deeper = inherit(p, fields, seen);
                concrete = concrete != null ? concrete : deeper;
                for (Field f : p.fields) {
                    fields.put(f.name(), f);
                }
            } else if (p.proxy) {
                Cls deeper = inherit(p, fields, seen);
                concrete = concrete != null ? concrete : deeper;
            } else {
                concrete = p;
            }
        }
        return concrete;
    }

    /** The dotted names in {@code class X(models.Model, Mixin):}. */
    private static List<List<String>> bases(List<Token> s) {
        List<List<String>> out = new ArrayList<>();
        if (s.size() < 3 || !s.get(2).is("(")) {
            return out;
        }
        int end = PythonTokens.close(s, 2);
        List<String> cur = new ArrayList<>();
        boolean plain = true;
        for (int i = 3; i <= end && i < s.size(); i++) {
            Token k = s.get(i);
            if (i == end || k.is(",")) {
                if (plain && !cur.isEmpty()) {
                    out.add(cur);
                }
                cur = new ArrayList<>();
                plain = true;
            } else if (k.isIdent()) {
                cur.add(k.text());
            } else if (!k.is(".")) {
                plain = false; // metaclass=..., Generic[T], a call
            }
        }
        return out;
    }

    private static void add(List<dev.rollsafe.release.Reference> out, dev.rollsafe.release.Reference r) {
        if (r != null && !out.contains(r)) {
            out.add(r);
        }
    }
}
