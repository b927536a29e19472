package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain SQL files without a framework's naming: a folder of numbered files in natural numeric order, or
 * versioned folders ({@code delta/<n>/}, {@code versioned/v1.2/}, {@code delta/v040-v050/}) beside the base
 * schema files, applied base first, then baseline folders ({@code full_schemas}), then the versions in order.
 * When every versioned file starts with the name of one base file (apollo's {@code apolloconfigdb.sql} and
 * {@code apolloconfigdb-v040-v050.sql}), each base file starts its own set. {@code *.sql.postgres} files are
 * PostgreSQL-only; {@code *.sql.sqlite} files are listed but not linted.
 */
final class PlainFinder implements LayoutFinder {
    static final Pattern VERSION_DIR =
            Pattern.compile("^[vV]?\\d+(?:[._]\\d+)*(?:-[vV]?\\d+(?:[._]\\d+)*)?$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+.*");
    private static final Pattern BASELINE = Pattern.compile("(?i).*(full|baseline|snapshot).*");
    private static final Set<String> FOLDER_NAMES = Set.of("migrations", "migration", "migrate", "db", "sql",
            "schema", "ddl", "delta", "deltas", "upgrade", "upgrades", "changes", "changelog", "patches");

    /** Files that are not migrations even in a migration-like folder: schema dumps, seed data, query files. */
    private static final Pattern NOT_MIGRATION = Pattern.compile(
            "(?i)(schema|structure|seeds?|seed[-_].*|data|dump|.*[-_.]dump|queries|query|fixtures?)\\.sql");
    /** Folders of SQL that runs at other times than a deploy: sqlc queries, seed data, fixtures. */
    private static final Set<String> NOT_MIGRATION_FOLDERS = Set.of("queries", "query", "seeds", "seed", "fixtures",
            "fixture", "testdata", "test", "tests");

    private final boolean loose;

    /** @param loose true when any folder of SQL files counts (a folder the user named), false when walking */
    PlainFinder(boolean loose) {
        this.loose = loose;
    }

    static boolean isPlainSql(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".sql") || n.endsWith(".sql.postgres") || n.endsWith(".sql.sqlite");
    }

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        List<Dir> containers = new ArrayList<>();
        if (isContainer(dir)) {
            containers.add(dir);
        } else {
            for (Dir d : dir.dirs()) {
                if (isContainer(d)) {
                    containers.add(d);
                }
            }
        }
        List<Dir.FileEntry> base = plainFiles(dir);
        if (!containers.isEmpty()) {
            return versioned(dir, base, containers);
        }
        if (!loose && !forced) {
            // found by walking: a schema dump, seed data or a query file is never a deploy step
            if (NOT_MIGRATION_FOLDERS.contains(dir.name().toLowerCase(Locale.ROOT))) {
                return null;
            }
            base = base.stream().filter(f -> !NOT_MIGRATION.matcher(f.name()).matches()).toList();
        }
        if (base.isEmpty()) {
            return null;
        }
        boolean qualifies = loose || forced || FOLDER_NAMES.contains(dir.name().toLowerCase(Locale.ROOT))
                || base.stream().anyMatch(f -> NUMBERED.matcher(f.name()).matches());
        if (!qualifies) {
            return null;
        }
        List<Planned> files = new ArrayList<>();
        for (Dir.FileEntry f : base) {
            files.add(planned(dir.path(), f));
        }
        return Found.of(new SetPlan(dir.path(), Layout.PLAIN, namingDialect(files), files));
    }

    private static Found versioned(Dir root, List<Dir.FileEntry> base, List<Dir> containers) {
        containers.sort((a, b) -> {
            boolean x = a != root && BASELINE.matcher(a.name()).matches();
            boolean y = b != root && BASELINE.matcher(b.name()).matches();
            return x != y ? (x ? -1 : 1) : a.name().compareTo(b.name());
        });
        List<Dir.FileEntry> later = new ArrayList<>();
        Set<Path> consumed = new HashSet<>();
        for (Dir c : containers) {
            if (c != root) {
                consumed.add(c.path());
            }
            List<Dir> versions = new ArrayList<>();
            for (Dir v : c.dirs()) {
                if (VERSION_DIR.matcher(v.name()).matches()) {
                    versions.add(v);
                    consumed.add(v.path());
                }
            }
            versions.sort((a, b) -> compareVersionDirs(a.name(), b.name()));
            for (Dir v : versions) {
                later.addAll(plainFiles(v));
            }
        }
        List<String> stems = stems(base, later);
        List<SetPlan> sets = new ArrayList<>();
        if (stems == null) {
            List<Planned> files = new ArrayList<>();
            for (Dir.FileEntry f : base) {
                files.add(planned(root.path(), f));
            }
            for (Dir.FileEntry f : later) {
                files.add(planned(root.path(), f));
            }
            sets.add(new SetPlan(root.path(), Layout.PLAIN, namingDialect(files), files));
        } else {
            for (String stem : stems) {
                List<Planned> files = new ArrayList<>();
                for (Dir.FileEntry f : base) {
                    if (stem(f.name()).equals(stem)) {
                        files.add(planned(root.path(), f));
                    }
                }
                for (Dir.FileEntry f : later) {
                    if (stem.equals(owner(f.name(), stems))) {
                        files.add(planned(root.path(), f));
                    }
                }
                sets.add(new SetPlan(root.path(), Layout.PLAIN, namingDialect(files), files));
            }
        }
        return new Found(sets, consumed);
    }

    /** The base-file stems that split the versioned files into databases, or null when they do not. */
    private static List<String> stems(List<Dir.FileEntry> base, List<Dir.FileEntry> later) {
        if (base.size() < 2 || later.isEmpty()) {
            return null;
        }
        List<String> stems = new ArrayList<>();
        for (Dir.FileEntry f : base) {
            stems.add(stem(f.name()));
        }
        for (Dir.FileEntry f : later) {
            if (owner(f.name(), stems) == null) {
                return null;
            }
        }
        return stems;
    }

    private static String owner(String name, List<String> stems) {
        String best = null;
        String n = name.toLowerCase(Locale.ROOT);
        for (String s : stems) {
            String t = s.toLowerCase(Locale.ROOT);
            if ((n.startsWith(t + "-") || n.startsWith(t + "_")) && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        return best;
    }

    private static String stem(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    static int compareVersionDirs(String a, String b) {
        String[] x = a.replaceAll("[vV]", "").split("-");
        String[] y = b.replaceAll("[vV]", "").split("-");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = Versions.compareVersions(p, q);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    /** A folder of version-named sub-folders holding SQL that no framework's naming claims. */
    private static boolean isContainer(Dir d) {
        boolean any = false;
        for (Dir v : d.dirs()) {
            if (VERSION_DIR.matcher(v.name()).matches()) {
                for (Dir.FileEntry f : plainFiles(v)) {
                    if (FlywayFinder.matches(f.name()) || GolangMigrateFinder.NAME.matcher(f.name()).matches()) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    private static List<Dir.FileEntry> plainFiles(Dir d) {
        List<Dir.FileEntry> out = new ArrayList<>();
        for (Dir.FileEntry f : d.files()) {
            if (isPlainSql(f.name())) {
                out.add(f);
            }
        }
        out.sort((a, b) -> Versions.compareNatural(a.name(), b.name()));
        return out;
    }

    static Planned planned(Path root, Dir.FileEntry f) {
        String id = root.relativize(f.path()).toString().replace('\\', '/');
        if (id.isEmpty()) {
            id = f.name();
        }
        String n = f.name().toLowerCase(Locale.ROOT);
        if (n.endsWith(".sql.sqlite")) {
            return new Planned(f.path(), id, true, null, null, "not linted: written for sqlite3");
        }
        Dialect d = n.endsWith(".sql.postgres") ? Dialect.POSTGRESQL : null;
        return new Planned(f.path(), id, true, d, null, null);
    }

    private static Dialect namingDialect(List<Planned> files) {
        for (Planned p : files) {
            if (p.dialect() == Dialect.POSTGRESQL) {
                return Dialect.POSTGRESQL;
            }
        }
        return null;
    }
}
