package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prisma Migrate: {@code <timestamp>_<name>/migration.sql}, in folder-name order, each run without a
 * transaction of Prisma's own; {@code migration_lock.toml} names the provider (the dialect).
 */
final class PrismaFinder implements LayoutFinder {
    static final Pattern FOLDER = Pattern.compile("^\\d+_.+$");
    private static final Pattern PROVIDER = Pattern.compile("(?m)^\\s*provider\\s*=\\s*\"([^\"]*)\"");

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        List<Dir> migrations = new ArrayList<>();
        for (Dir d : dir.dirs()) {
            if ((forced || FOLDER.matcher(d.name()).matches()) && d.hasFile("migration.sql")) {
                migrations.add(d);
            }
        }
        if (migrations.isEmpty() || (!forced && !dir.hasFile("migration_lock.toml") && migrations.size() < 1)) {
            return null;
        }
        migrations.sort((a, b) -> Versions.compareNatural(a.name(), b.name()));
        Dialect dialect = null;
        if (dir.hasFile("migration_lock.toml")) {
            FileText lock = scan.text(dir.path().resolve("migration_lock.toml"));
            if (lock.text() != null) {
                Matcher m = PROVIDER.matcher(lock.text());
                if (m.find()) {
                    dialect = m.group(1).equals("cockroachdb") ? Dialect.POSTGRESQL
                            : Dialect.parse(m.group(1)).orElse(null);
                }
            }
        }
        List<Planned> files = new ArrayList<>();
        Set<Path> consumed = new HashSet<>();
        for (Dir d : migrations) {
            consumed.add(d.path());
            files.add(new Planned(d.path().resolve("migration.sql"), d.name(), true, null, Boolean.FALSE, null));
        }
        return new Found(List.of(new SetPlan(dir.path(), Layout.PRISMA, dialect, files)), consumed);
    }
}
