package dev.rollsafe.source;

import java.util.ArrayList;
import java.util.List;

/** Atlas: a folder holding {@code atlas.sum}; its {@code .sql} files run in name order, up only. */
final class AtlasFinder implements LayoutFinder {
    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        if (!forced && !dir.hasFile("atlas.sum")) {
            return null;
        }
        List<Dir.FileEntry> sql = new ArrayList<>(dir.sqlFiles());
        if (sql.isEmpty()) {
            return null;
        }
        sql.sort((a, b) -> a.name().compareTo(b.name()));
        List<Planned> files = new ArrayList<>();
        for (Dir.FileEntry f : sql) {
            files.add(Planned.of(f.path(), f.name(), true));
        }
        return Found.of(new SetPlan(dir.path(), Layout.ATLAS, null, files));
    }
}
