package dev.rollsafe.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway: {@code V<version>__<desc>.sql}, {@code U} (undo), {@code B} (baseline), {@code R__<desc>.sql}
 * (repeatable). Order: baselines, then versions (an undo right after its version), then repeatables by
 * description. Like Flyway's locations, a migration folder includes its sub-folders (except sub-folders named
 * for a dialect, which are sets of their own); a folder of version-named sub-folders ({@code v1/}, {@code v2/})
 * holding only Flyway files is one set too. A {@code <script>.conf} with {@code executeInTransaction=false}
 * turns the script's transaction off.
 */
final class FlywayFinder implements LayoutFinder {
    static final Pattern VERSIONED = Pattern.compile("^([VUB])(\\d+(?:[._]\\d+)*)__(.*)\\.sql$");
    static final Pattern REPEATABLE = Pattern.compile("^R__(.*)\\.sql$");
    private static final Pattern NO_TX = Pattern.compile("(?m)^\\s*executeInTransaction\\s*=\\s*false\\b");

    static boolean matches(String name) {
        return VERSIONED.matcher(name).matches() || REPEATABLE.matcher(name).matches();
    }

    private record Entry(Dir.FileEntry file, int group, String version, int kind, String description) {
    }

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        List<Dir.FileEntry> sql = new ArrayList<>(dir.sqlFiles());
        Set<String> names = new HashSet<>();
        dir.files().forEach(f -> names.add(f.path().toString()));
        long own = sql.stream().filter(f -> matches(f.name())).count();
        Set<Path> consumed = new HashSet<>();
        if (own > 0 || forced) {
            if (!forced && own * 2 < sql.size()) {
                return null;
            }
            for (Dir d : dir.dirs()) {
                if (DialectHints.fromName(d.name()) == null) {
                    nested(d, sql, names, consumed);
                }
            }
        } else if (!versionFolders(dir, sql, names, consumed)) {
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        for (Dir.FileEntry f : sql) {
            Matcher v = VERSIONED.matcher(f.name());
            Matcher r = REPEATABLE.matcher(f.name());
            if (v.matches()) {
                String prefix = v.group(1);
                int group = prefix.equals("B") ? 0 : 1;
                int kind = prefix.equals("U") ? 1 : 0;
                entries.add(new Entry(f, group, v.group(2), kind, v.group(3)));
            } else if (r.matches()) {
                entries.add(new Entry(f, 2, null, 0, r.group(1)));
            } else {
                scan.message(f.path(), "ignored: not a Flyway migration name (V<version>__<description>.sql)");
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        entries.sort(Comparator.comparingInt(Entry::group)
                .thenComparing((a, b) -> a.version() == null ? 0 : Versions.compareVersions(a.version(), b.version()))
                .thenComparingInt(Entry::kind)
                .thenComparing(Entry::description)
                .thenComparing(e -> e.file().name()));
        List<Planned> files = new ArrayList<>();
        for (Entry e : entries) {
            String id;
            if (e.group() == 2) {
                id = "R:" + e.description();
            } else if (e.group() == 0) {
                id = "B:" + Versions.normalise(e.version());
            } else {
                id = (e.kind() == 1 ? "U:" : "") + Versions.normalise(e.version());
            }
            Boolean tx = null;
            String conf = e.file().path() + ".conf";
            if (names.contains(conf)) {
                FileText t = scan.text(e.file().path().resolveSibling(e.file().name() + ".conf"));
                if (t.text() != null && NO_TX.matcher(t.text()).find()) {
                    tx = Boolean.FALSE;
                }
            }
            files.add(new Planned(e.file().path(), id, e.kind() == 0, null, tx, null));
        }
        return new Found(List.of(new SetPlan(dir.path(), Layout.FLYWAY, null, files)), consumed);
    }

    /** Adds the Flyway files of a sub-folder tree (Flyway searches its locations recursively). */
    private static void nested(Dir d, List<Dir.FileEntry> sql, Set<String> names, Set<Path> consumed) {
        consumed.add(d.path());
        for (Dir.FileEntry f : d.files()) {
            names.add(f.path().toString());
            if (matches(f.name())) {
                sql.add(f);
            }
        }
        for (Dir sub : d.dirs()) {
            if (DialectHints.fromName(sub.name()) == null) {
                nested(sub, sql, names, consumed);
            }
        }
    }

    /** True (and the files added) when {@code dir}'s SQL lives only in version-named sub-folders of Flyway files. */
    private static boolean versionFolders(Dir dir, List<Dir.FileEntry> sql, Set<String> names, Set<Path> consumed) {
        if (!sql.isEmpty()) {
            return false;
        }
        List<Dir.FileEntry> found = new ArrayList<>();
        for (Dir d : dir.dirs()) {
            if (!PlainFinder.VERSION_DIR.matcher(d.name()).matches()) {
                continue;
            }
            List<Dir.FileEntry> here = new ArrayList<>();
            Set<Path> used = new HashSet<>();
            nested(d, here, names, used);
            List<Dir.FileEntry> all = new ArrayList<>();
            collectSql(d, all);
            if (here.isEmpty() || here.size() != all.size()) {
                return false;
            }
            found.addAll(here);
            consumed.addAll(used);
        }
        sql.addAll(found);
        return !found.isEmpty();
    }

    private static void collectSql(Dir d, List<Dir.FileEntry> out) {
        out.addAll(d.sqlFiles());
        for (Dir sub : d.dirs()) {
            collectSql(sub, out);
        }
    }
}
