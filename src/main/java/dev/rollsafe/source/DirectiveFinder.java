package dev.rollsafe.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Layouts recognised by what the files say rather than their names: Liquibase formatted SQL (first line),
 * goose ({@code -- +goose Up}) and dbmate ({@code -- migrate:up}). Files run in natural name order.
 */
final class DirectiveFinder implements LayoutFinder {
    private final Layout only;

    /** @param only the layout to look for, or null for any of the three */
    DirectiveFinder(Layout only) {
        this.only = only;
    }

    /** The directive layout of one text, or null. */
    static Layout of(String text) {
        if (text == null) {
            return null;
        }
        if (LiquibaseChangesets.isLiquibaseFile(text)) {
            return Layout.LIQUIBASE;
        }
        if (text.contains("+goose") && GooseSections.isGooseFile(text)) {
            return Layout.GOOSE;
        }
        if (text.contains("migrate:") && DbmateSections.isDbmateFile(text)) {
            return Layout.DBMATE;
        }
        return null;
    }

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        List<Dir.FileEntry> sql = new ArrayList<>(dir.sqlFiles());
        if (sql.isEmpty()) {
            return null;
        }
        Layout layout = forced ? only : null;
        if (layout == null) {
            int[] votes = new int[Layout.values().length];
            for (Dir.FileEntry f : sql) {
                Layout l = of(scan.text(f.path()).text());
                if (l != null && (only == null || l == only)) {
                    votes[l.ordinal()]++;
                }
            }
            int best = -1;
            for (int i = 0; i < votes.length; i++) {
                if (votes[i] > 0 && (best < 0 || votes[i] > votes[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return null;
            }
            layout = Layout.values()[best];
        }
        sql.sort((a, b) -> Versions.compareNatural(a.name(), b.name()));
        List<Planned> files = new ArrayList<>();
        for (Dir.FileEntry f : sql) {
            files.add(Planned.of(f.path(), f.name(), true));
        }
        return Found.of(new SetPlan(dir.path(), layout, null, files));
    }
}
