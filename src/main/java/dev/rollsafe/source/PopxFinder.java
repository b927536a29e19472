package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ory/popx: {@code <version>_<name>[.<dialect>][.autocommit].(up|down).sql}. One set per supported dialect
 * present: for each version and direction that dialect's file when there is one, else the generic file (as popx
 * picks them). Files only for sqlite3 or cockroach are listed in the first set, marked as not linted.
 * An {@code .autocommit} file runs outside a transaction.
 */
final class PopxFinder implements LayoutFinder {
    static final Pattern NAME = Pattern.compile(
            "^(\\d+)_([^.]+)(?:\\.(postgres|mysql|sqlite3|sqlite|cockroach))?(\\.autocommit)?\\.(up|down)\\.sql$");

    /** True when a name carries popx's dialect or autocommit part. */
    static boolean hasInfix(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() && (m.group(3) != null || m.group(4) != null);
    }

    private record Entry(Dir.FileEntry file, String version, String dialect, boolean autocommit, boolean up) {
        String key() {
            return version + (up ? ":up" : ":down");
        }
    }

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        List<Entry> entries = new ArrayList<>();
        boolean infix = false;
        for (Dir.FileEntry f : dir.sqlFiles()) {
            Matcher m = NAME.matcher(f.name());
            if (m.matches()) {
                String d = m.group(3) == null ? "" : m.group(3);
                entries.add(new Entry(f, m.group(1), d, m.group(4) != null, m.group(5).equals("up")));
                infix |= m.group(3) != null || m.group(4) != null;
            } else if (forced) {
                scan.message(f.path(), "ignored: not a popx migration name");
            }
        }
        if (entries.isEmpty() || (!forced && !infix)) {
            return null;
        }
        entries.sort(Comparator.<Entry, String>comparing(Entry::version, Versions::compareVersions)
                .thenComparing(e -> !e.up())
                .thenComparing(e -> e.file().name()));
        Map<String, Dialect> dialects = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.dialect().equals("postgres")) {
                dialects.put("postgres", Dialect.POSTGRESQL);
            }
        }
        for (Entry e : entries) {
            if (e.dialect().equals("mysql")) {
                dialects.put("mysql", Dialect.MYSQL);
            }
        }
        List<SetPlan> sets = new ArrayList<>();
        Set<Dir.FileEntry> used = new HashSet<>();
        if (dialects.isEmpty()) {
            dialects.put("", null);
        }
        for (Map.Entry<String, Dialect> d : dialects.entrySet()) {
            Set<String> specific = new HashSet<>();
            for (Entry e : entries) {
                if (!d.getKey().isEmpty() && e.dialect().equals(d.getKey())) {
                    specific.add(e.key());
                }
            }
            List<Planned> files = new ArrayList<>();
            for (Entry e : entries) {
                boolean mine = d.getKey().isEmpty() ? e.dialect().isEmpty() : e.dialect().equals(d.getKey());
                boolean generic = e.dialect().isEmpty() && !specific.contains(e.key());
                if (mine && !e.dialect().isEmpty() || generic) {
                    files.add(planned(e, d.getValue(), null));
                    used.add(e.file());
                }
            }
            sets.add(new SetPlan(dir.path(), Layout.POPX, d.getValue(), files));
        }
        List<Planned> first = new ArrayList<>(sets.get(0).files());
        boolean added = false;
        for (Entry e : entries) {
            if (!used.contains(e.file())) {
                String note = e.dialect().isEmpty()
                        ? "not linted: replaced by dialect-specific migrations"
                        : "not linted: written for " + e.dialect();
                first.add(planned(e, null, note));
                added = true;
            }
        }
        if (added) {
            first.sort(Comparator.comparing((Planned p) -> p.path().getFileName().toString(),
                    (a, b) -> Versions.compareVersions(version(a), version(b)))
                    .thenComparing(p -> !p.path().getFileName().toString().endsWith(".up.sql"))
                    .thenComparing(p -> p.path().getFileName().toString()));
            sets.set(0, new SetPlan(dir.path(), Layout.POPX, sets.get(0).namingDialect(), first));
        }
        return new Found(sets, Set.of());
    }

    private static String version(String name) {
        int u = name.indexOf('_');
        return u < 0 ? "0" : name.substring(0, u);
    }

    private static Planned planned(Entry e, Dialect setDialect, String note) {
        Dialect fileDialect = e.dialect().equals("postgres") ? Dialect.POSTGRESQL
                : e.dialect().equals("mysql") ? Dialect.MYSQL : null;
        Boolean tx = e.autocommit() ? Boolean.FALSE : null;
        return new Planned(e.file().path(), e.file().name(), e.up(), fileDialect, tx, note);
    }
}
