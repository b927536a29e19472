package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.parse.python.PyExpr;
import dev.rollsafe.parse.python.PyModule;
import dev.rollsafe.parse.python.PySyntaxError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django: {@code <app>/migrations/NNNN_name.py} files holding {@code class Migration(migrations.Migration)}. All
 * apps found under a folder form one set, ordered as Django applies them: by the {@code dependencies} graph
 * (across apps), ties broken by app and name. Identity: {@code app_label.name}. The set's dialect comes from the
 * settings' {@code DATABASES} engine when a settings module names one.
 */
final class DjangoFinder implements LayoutFinder {
    static final Pattern FILE = Pattern.compile("^\\d{4,}_\\w*\\.py$");
    private static final Pattern MIGRATION_CLASS = Pattern.compile("(?m)^class\\s+Migration\\s*\\(");
    private static final Pattern APP_LABEL = Pattern.compile("(?m)^\\s+label\\s*=\\s*['\"](\\w+)['\"]");
    private static final Pattern ENGINE =
            Pattern.compile("db\\.backends\\.(postgresql\\w*|postgis|mysql)|\\b(postgres(?:ql)?|postgis|mysql)://");
    private static final int DEPTH = 5;

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        List<Dir> folders = new ArrayList<>();
        collect(dir, scan, folders, 0);
        if (folders.isEmpty()) {
            return null;
        }
        record Node(String app, String name, Path path, boolean atomic, PyExpr deps, PyExpr runBefore,
                    PyExpr replaces) {
        }
        List<Node> nodes = new ArrayList<>();
        Set<Path> consumed = new HashSet<>();
        for (Dir m : folders) {
            consumed.add(m.path());
            String app = appLabel(m, scan);
            for (Dir.FileEntry f : m.files()) {
                if (!FILE.matcher(f.name()).matches()) {
                    continue;
                }
                String stem = f.name().substring(0, f.name().length() - 3);
                FileText t = scan.text(f.path());
                PyModule.PyClass c = null;
                if (t.text() != null) {
                    try {
                        c = PyModule.parse(t.text()).migrationClass();
                    } catch (PySyntaxError | RuntimeException | StackOverflowError e) {
                        c = null; // the engine reports the file at the line it cannot read
                    }
                }
                boolean atomic = c == null || !(c.body().get("atomic") instanceof PyExpr.Const k && k.name().equals("False"));
                nodes.add(new Node(app, stem, f.path(), atomic, c == null ? null : c.body().get("dependencies"),
                        c == null ? null : c.body().get("run_before"), c == null ? null : c.body().get("replaces")));
            }
        }
        // A squashed migration stands in for the migrations it replaces; while those are still in the tree they
        // are what the history holds, so the squashed one is left out (what depends on it waits for them all)
        Set<String> present = new HashSet<>();
        nodes.forEach(n -> present.add(n.app() + "." + n.name()));
        Map<String, List<PyExpr>> squashed = new HashMap<>();
        List<Node> kept = new ArrayList<>();
        for (Node n : nodes) {
            List<String> replaced = pairs(n.replaces());
            if (!replaced.isEmpty() && present.containsAll(replaced)) {
                squashed.put(n.app() + "." + n.name(), ((PyExpr.Seq) n.replaces()).items());
                scan.message(n.path(), "squashed migration left out: the migrations it replaces are still there");
            } else {
                kept.add(n);
            }
        }
        nodes = kept;
        nodes.sort((a, b) -> a.app().equals(b.app()) ? Versions.compareNatural(a.name(), b.name())
                : a.app().compareTo(b.app()));
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> firstOfApp = new HashMap<>();
        Map<String, Integer> lastOfApp = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).app() + "." + nodes.get(i).name(), i);
            firstOfApp.putIfAbsent(nodes.get(i).app(), i);
            lastOfApp.put(nodes.get(i).app(), i);
        }
        List<Set<Integer>> after = new ArrayList<>(); // after.get(i): nodes that must run after i
        int[] waiting = new int[nodes.size()];
        nodes.forEach(n -> after.add(new HashSet<>()));
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            for (int d : targets(expand(n.deps(), squashed), index, firstOfApp, lastOfApp)) {
                if (d != i && after.get(d).add(i)) {
                    waiting[i]++;
                }
            }
            for (int d : targets(n.runBefore(), index, firstOfApp, lastOfApp)) {
                if (d != i && after.get(i).add(d)) {
                    waiting[d]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> order = new ArrayList<>();
        boolean[] done = new boolean[nodes.size()];
        while (order.size() < nodes.size()) {
            if (ready.isEmpty()) {
                // a cycle: Django refuses it; keep going in name order so the files are still checked
                int first = 0;
                while (done[first]) {
                    first++;
                }
                scan.message(nodes.get(first).path(), "Django migration dependencies form a cycle; "
                        + "the rest of the set is checked in name order");
                ready.add(first);
                waiting[first] = 0;
            }
            int i = ready.poll();
            if (done[i]) {
                continue;
            }
            done[i] = true;
            order.add(i);
            for (int j : after.get(i)) {
                if (--waiting[j] == 0 && !done[j]) {
                    ready.add(j);
                }
            }
        }
        List<Planned> files = new ArrayList<>();
        for (int i : order) {
            Node n = nodes.get(i);
            files.add(new Planned(n.path(), n.app() + "." + n.name(), true, null, n.atomic(), null));
        }
        return new Found(List.of(new SetPlan(dir.path(), Layout.DJANGO, settingsDialect(dir, scan), files)), consumed);
    }

    /** The migration folders of apps under {@code dir} (itself included), not yet claimed by an upper folder's set. */
    private static void collect(Dir dir, Scan scan, List<Dir> out, int depth) {
        if (dir.name().equals("site-packages") || dir.name().equals("dist-packages")) {
            return;
        }
        if (dir.name().equals("migrations") && isDjango(dir, scan)) {
            if (scan.claim(dir.path())) {
                out.add(dir);
            }
            return;
        }
        if (depth < DEPTH) {
            for (Dir d : dir.dirs()) {
                collect(d, scan, out, depth + 1);
            }
        }
    }

    static boolean isDjango(Dir migrations, Scan scan) {
        for (Dir.FileEntry f : migrations.files()) {
            if (FILE.matcher(f.name()).matches()) {
                String t = scan.text(f.path()).text();
                if (t != null && MIGRATION_CLASS.matcher(t).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The app's label: {@code label = "..."} in its apps.py, else its folder's name (as Django does). */
    private static String appLabel(Dir migrations, Scan scan) {
        Path app = migrations.path().getParent();
        String fallback = app == null || app.getFileName() == null ? "app" : app.getFileName().toString();
        if (app != null) {
            FileText apps = scan.text(app.resolve("apps.py"));
            if (apps.text() != null) {
                Matcher m = APP_LABEL.matcher(apps.text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return fallback;
    }

    /** {@code app.name} of each ("app", "name") pair of a list. */
    private static List<String> pairs(PyExpr list) {
        List<String> out = new ArrayList<>();
        if (list instanceof PyExpr.Seq seq) {
            for (PyExpr d : seq.items()) {
                if (d instanceof PyExpr.Seq pair && pair.items().size() == 2
                        && pair.items().get(0) instanceof PyExpr.Str app && pair.items().get(1) instanceof PyExpr.Str n) {
                    out.add(app.value() + "." + n.value());
                }
            }
        }
        return out;
    }

    /** The dependencies with each left-out squashed migration replaced by the migrations it replaces. */
    private static PyExpr expand(PyExpr deps, Map<String, List<PyExpr>> squashed) {
        if (squashed.isEmpty() || !(deps instanceof PyExpr.Seq seq)) {
            return deps;
        }
        List<PyExpr> out = new ArrayList<>();
        for (PyExpr d : seq.items()) {
            List<String> one = pairs(new PyExpr.Seq(List.of(d), '[', d.start(), d.end()));
            List<PyExpr> replaced = one.isEmpty() ? null : squashed.get(one.get(0));
            if (replaced != null) {
                out.addAll(replaced);
            } else {
                out.add(d);
            }
        }
        return new PyExpr.Seq(out, '[', seq.start(), seq.end());
    }

    private static List<Integer> targets(PyExpr deps, Map<String, Integer> index, Map<String, Integer> first,
                                         Map<String, Integer> last) {
        List<Integer> out = new ArrayList<>();
        if (!(deps instanceof PyExpr.Seq list)) {
            return out;
        }
        for (PyExpr d : list.items()) {
            if (d instanceof PyExpr.Seq pair && pair.items().size() == 2
                    && pair.items().get(0) instanceof PyExpr.Str app && pair.items().get(1) instanceof PyExpr.Str name) {
                Integer i = switch (name.value()) {
                    case "__first__" -> first.get(app.value());
                    case "__latest__" -> last.get(app.value());
                    default -> index.get(app.value() + "." + name.value());
                };
                if (i != null) {
                    out.add(i);
                }
            }
            // swappable_dependency(settings.AUTH_USER_MODEL): an app outside this tree (auth), nothing to order
        }
        return out;
    }

    /** The dialect the project's settings name in DATABASES (or a database URL), else null. */
    static Dialect settingsDialect(Dir dir, Scan scan) {
        Map<Path, Integer> settings = new LinkedHashMap<>();
        settingsFiles(dir, settings, 0);
        for (Path p : settings.keySet()) {
            String t = scan.text(p).text();
            if (t == null) {
                continue;
            }
            Matcher m = ENGINE.matcher(t);
            if (m.find()) {
                String engine = m.group(1) != null ? m.group(1) : m.group(2);
                return engine.startsWith("mysql") ? Dialect.MYSQL : Dialect.POSTGRESQL;
            }
        }
        return null;
    }

    private static void settingsFiles(Dir dir, Map<Path, Integer> out, int depth) {
        for (Dir.FileEntry f : dir.files()) {
            if (f.name().equals("settings.py") || dir.name().equals("settings") && f.name().endsWith(".py")) {
                out.put(f.path(), depth);
            }
        }
        if (depth < 3) {
            for (Dir d : dir.dirs()) {
                if (!d.name().equals("migrations")) {
                    settingsFiles(d, out, depth + 1);
                }
            }
        }
    }
}
