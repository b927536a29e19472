package dev.rollsafe.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway: {@code V<version>__<desc>.sql}, {@code U} (undo), {@code B} (baseline), {@code R__<desc>.sql}
 * (repeatable). Order: baselines, then versions (an undo right after its version), then repeatables by
 * description.
 */
final class FlywayFinder implements LayoutFinder {
    static final Pattern VERSIONED = Pattern.compile("^([VUB])(\\d+(?:[._]\\d+)*)__(.*)\\.sql$");
    static final Pattern REPEATABLE = Pattern.compile("^R__(.*)\\.sql$");

    static boolean matches(String name) {
        return VERSIONED.matcher(name).matches() || REPEATABLE.matcher(name).matches();
    }

    private record Entry(Dir.FileEntry file, int group, String version, int kind, String description) {
    }

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        List<Dir.FileEntry> sql = dir.sqlFiles();
        long hits = sql.stream().filter(f -> matches(f.name())).count();
        if (hits == 0 || (!forced && hits * 2 < sql.size())) {
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
            files.add(Planned.of(e.file().path(), id, e.kind() == 0));
        }
        return Found.of(new SetPlan(dir.path(), Layout.FLYWAY, null, files));
    }
}
