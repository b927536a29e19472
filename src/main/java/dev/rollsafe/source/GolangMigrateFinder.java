package dev.rollsafe.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** golang-migrate: {@code <n>_<name>.up.sql} and {@code .down.sql}, in numeric order, each up before its down. */
final class GolangMigrateFinder implements LayoutFinder {
    static final Pattern NAME = Pattern.compile("^(\\d+)_(.*)\\.(up|down)\\.sql$");

    private record Entry(Dir.FileEntry file, String version, boolean up) {
    }

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        List<Entry> entries = new ArrayList<>();
        List<Dir.FileEntry> others = new ArrayList<>();
        for (Dir.FileEntry f : dir.sqlFiles()) {
            Matcher m = NAME.matcher(f.name());
            if (m.matches() && !PopxFinder.hasInfix(f.name())) {
                entries.add(new Entry(f, m.group(1), m.group(3).equals("up")));
            } else {
                others.add(f);
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        for (Dir.FileEntry f : others) {
            scan.message(f.path(), "ignored: not a golang-migrate migration name (<n>_<name>.up.sql)");
        }
        entries.sort(Comparator.<Entry, String>comparing(Entry::version, Versions::compareVersions)
                .thenComparing(e -> !e.up())
                .thenComparing(e -> e.file().name()));
        List<Planned> files = new ArrayList<>();
        for (Entry e : entries) {
            files.add(Planned.of(e.file().path(), e.file().name(), e.up()));
        }
        return Found.of(new SetPlan(dir.path(), Layout.GOLANG_MIGRATE, null, files));
    }
}
