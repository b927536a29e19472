package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;
import dev.rollsafe.release.refs.orm.PythonTokens.Arg;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ORM calls that name fields, on a model this file defines or imports: {@code Customer.objects.filter(
 * full_name__icontains=q).exclude(...).values("email").order_by("-created")}, {@code create}, {@code update},
 * {@code get_or_create(..., defaults={...})}, {@code only}, {@code defer}, {@code values_list},
 * {@code select_related}, {@code F("f")}, {@code Sum("f")} and {@code Q(f=...)} inside the chain, and
 * {@code Customer(f=...)}.
 * A field of a model read from this file is EXACT (a lookup that names no column of it, such as a reverse
 * relation or an annotation, is none); a field of an imported model is LIKELY, named as written.
 */
final class DjangoQueries {
    private static final Set<String> MANAGERS = Set.of("objects", "_default_manager", "_base_manager");
    private static final Set<String> KEYWORD_LOOKUPS = Set.of("filter", "exclude", "get", "create", "update",
            "get_or_create", "update_or_create", "filter_by");
    private static final Set<String> STRING_FIELDS = Set.of("values", "values_list", "only", "defer", "order_by",
            "distinct", "latest", "earliest", "dates", "datetimes", "select_related");
    private static final Set<String> ANNOTATIONS = Set.of("annotate", "alias", "aggregate");
    private static final Set<String> AGGREGATES = Set.of("Sum", "Avg", "Max", "Min", "StdDev",
            "Variance");
    private static final Set<String> NOT_LOOKUPS = Set.of("defaults", "create_defaults", "using");

    private final List<Token> t;
    private final Map<String, DjangoModel> local;
    private final DjangoImports imports;
    private final Lines lines;
    private final List<Reference> out;

    private DjangoQueries(List<Token> t, Map<String, DjangoModel> local, DjangoImports imports, Lines lines,
                          List<Reference> out) {
        this.t = t;
        this.local = local;
        this.imports = imports;
        this.lines = lines;
        this.out = out;
    }

    static void find(List<Token> tokens, Map<String, DjangoModel> local, DjangoImports imports, Lines lines,
                     List<Reference> out) {
        new DjangoQueries(tokens, local, imports, lines, out).run();
    }

    private void run() {
        for (int i = 0; i < t.size(); i++) {
            boolean member = i > 0 && t.get(i - 1).is(".");
            boolean ofModelsModule = i > 1 && imports.moduleApps.containsKey(t.get(i - 2).text());
            if (!t.get(i).isIdent() || (member && !ofModelsModule)) {
                continue;
            }
            DjangoModel model = model(i);
            if (model == null) {
                continue;
            }
            boolean declaration = i > 0 && (t.get(i - 1).is("class") || t.get(i - 1).is("def"));
            String n = name(i);
            boolean notModel = n.endsWith("Field") || n.endsWith("Manager") || n.endsWith("QuerySet");
            if (i + 1 < t.size() && t.get(i + 1).is("(") && !declaration && !notModel
                    && (model.known() || imports.django)) {
                constructor(model, i + 1);
            } else if (i + 3 < t.size() && t.get(i + 1).is(".") && (MANAGERS.contains(t.get(i + 2).text())
                    || model.managers().contains(t.get(i + 2).text()))) {
                i = chain(model, i + 3) - 1;
            }
        }
    }

    private String name(int i) {
        return t.get(i).text();
    }

    /** The model the identifier at i names (possibly {@code shop_models.Customer}), or null. */
    private DjangoModel model(int i) {
        String name = t.get(i).text();
        if (i > 1 && t.get(i - 1).is(".")) {
            String app = imports.moduleApps.get(t.get(i - 2).text());
            return app != null && Character.isUpperCase(name.charAt(0)) ? DjangoModel.imported(name, app, null) : null;
        }
        DjangoModel m = local.get(name);
        if (m != null) {
            return m;
        }
        String app = imports.modelApps.get(name);
        return app != null ? DjangoModel.imported(name, app, imports.modelTables.get(name)) : null;
    }

    /** {@code Customer(full_name=...)}: an instance to save. */
    private void constructor(DjangoModel model, int open) {
        boolean any = false;
        for (Arg a : PythonTokens.args(t, open)) {
            if (!a.positional()) {
                any |= lookup(model, a.name().text(), a.name(), Usage.INSERT, Set.of(), false);
            }
        }
        if (any) {
            tableRef(model, t.get(open - 1).line(), Usage.INSERT);
        }
    }

    /** Reads {@code .method(args)} calls from {@code i} (the '.' after the manager); returns where it stopped. */
    private int chain(DjangoModel model, int i) {
        Set<String> annotations = new HashSet<>();
        Usage tableUsage = Usage.SELECT;
        int first = t.get(i - 1).line();
        while (i + 2 < t.size() && t.get(i).is(".") && t.get(i + 1).isIdent() && t.get(i + 2).is("(")) {
            String method = t.get(i + 1).text();
            int open = i + 2;
            List<Arg> args = PythonTokens.args(t, open);
            Usage usage = usage(method);
            if (usage != Usage.SELECT) {
                tableUsage = usage;
            }
            if (ANNOTATIONS.contains(method)) {
                args.stream().filter(a -> !a.positional()).forEach(a -> annotations.add(a.name().text()));
            }
            for (Arg a : args) {
                if (KEYWORD_LOOKUPS.contains(method) && !a.positional() && !NOT_LOOKUPS.contains(a.name().text())) {
                    lookup(model, a.name().text(), a.name(), usage, annotations, false);
                } else if (!a.positional() && (a.name().is("defaults") || a.name().is("create_defaults"))) {
                    dictKeys(model, a.value(), usage, annotations);
                } else if (STRING_FIELDS.contains(method) && a.positional() && a.string() != null) {
                    String f = a.string().text();
                    f = f.startsWith("-") || f.startsWith("+") ? f.substring(1) : f;
                    if (!f.equals("?")) {
                        lookup(model, f, a.string(), usage, annotations, method.equals("select_related"));
                    }
                }
                inner(model, a.value(), usage, annotations);
            }
            i = PythonTokens.close(t, open) + 1;
        }
        tableRef(model, first, tableUsage);
        return i;
    }

    /**
     * {@code F("f")}, {@code Sum("f")} (and the other aggregates but Count, mostly of reverse relations) and
     * {@code Q(f=...)} inside an argument.
     */
    private void inner(DjangoModel model, List<Token> v, Usage usage, Set<String> annotations) {
        for (int j = 0; j + 1 < v.size(); j++) {
            Token k = v.get(j);
            boolean qualified = j > 1 && v.get(j - 1).is(".") && imports.djangoModules.contains(v.get(j - 2).text());
            boolean bare = !(j > 0 && v.get(j - 1).is("."));
            if (!k.isIdent() || !v.get(j + 1).is("(") || !(qualified || bare)) {
                continue;
            }
            String name = qualified ? k.text() : imports.djangoNames.getOrDefault(k.text(), "");
            boolean reads = name.equals("F") || AGGREGATES.contains(name);
            if (reads && j + 2 < v.size() && v.get(j + 2).isString()) {
                lookup(model, v.get(j + 2).text(), v.get(j + 2), Usage.SELECT, annotations, false);
            } else if (name.equals("Q")) {
                for (Arg a : PythonTokens.args(v, j + 1)) {
                    if (!a.positional()) {
                        lookup(model, a.name().text(), a.name(), usage, annotations, false);
                    }
                }
            }
        }
    }

    /** The string keys of a {@code {"f": v, ...}} dict. */
    private void dictKeys(DjangoModel model, List<Token> v, Usage usage, Set<String> annotations) {
        if (v.isEmpty() || !v.get(0).is("{")) {
            return;
        }
        int depth = 0;
        for (int j = 0; j + 1 < v.size(); j++) {
            depth += PythonTokens.delta(v.get(j));
            if (depth == 1 && v.get(j).isString() && v.get(j + 1).is(":")
                    && (v.get(j - 1).is("{") || v.get(j - 1).is(","))) {
                lookup(model, v.get(j).text(), v.get(j), usage, annotations, false);
            }
        }
    }

    private boolean lookup(DjangoModel model, String lookup, Token at, Usage usage, Set<String> annotations,
                           boolean relation) {
        String segment = PythonTokens.firstSegment(lookup);
        if (segment.isEmpty() || annotations.contains(segment) || !segment.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return false;
        }
        String column = model.column(segment, relation);
        if (column == null) {
            return false;
        }
        Reference r = lines.ref(model.table(), Naming.quoted(column), usage, at.line(),
                model.known() ? Confidence.EXACT : Confidence.LIKELY);
        if (r != null && !out.contains(r)) {
            out.add(r);
        }
        return r != null;
    }

    private void tableRef(DjangoModel model, int line, Usage usage) {
        Reference r = lines.ref(model.table(), null, usage, line,
                model.known() ? Confidence.EXACT : Confidence.LIKELY);
        if (r != null && !out.contains(r)) {
            out.add(r);
        }
    }

    private static Usage usage(String method) {
        return switch (method) {
            case "create", "get_or_create", "update_or_create", "bulk_create" -> Usage.INSERT;
            case "update", "bulk_update" -> Usage.UPDATE;
            case "delete" -> Usage.DELETE;
            default -> Usage.SELECT;
        };
    }
}
