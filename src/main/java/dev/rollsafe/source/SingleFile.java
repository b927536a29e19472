package dev.rollsafe.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A single file given on its own: a set of one file whose layout comes from its name, its folders or its
 * content (default plain). Its root is the file itself.
 */
final class SingleFile {
    private SingleFile() {
    }

    static List<SetPlan> plan(Path file, Layout forced, Scan scan) {
        Path parent = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        Dir alone = new Dir(parent);
        alone.files().add(new Dir.FileEntry(file, name, 0));
        SetPlan plan = null;
        if (forced != null) {
            plan = first(Detector.finderFor(forced, true), alone, scan, true);
        }
        if (plan == null && forced == null) {
            plan = byFolders(file, parent, name, scan);
        }
        if (plan == null && forced == null) {
            for (LayoutFinder f : List.of(new FlywayFinder(), new PopxFinder(), new GolangMigrateFinder(),
                    new DirectiveFinder(null))) {
                plan = first(f, alone, scan, false);
                if (plan != null) {
                    break;
                }
            }
        }
        if (plan == null) {
            plan = new SetPlan(file, Layout.PLAIN, null, List.of(PlainFinder.planned(parent, alone.files().get(0))));
        }
        return List.of(new SetPlan(file, plan.layout(), plan.namingDialect(), plan.files()));
    }

    private static SetPlan first(LayoutFinder finder, Dir dir, Scan scan, boolean forced) {
        Found found = finder.find(dir, scan, forced);
        if (found == null || found.sets().isEmpty()) {
            return null;
        }
        for (SetPlan s : found.sets()) {
            if (!s.files().isEmpty()) {
                return s;
            }
        }
        return null;
    }

    /** Diesel, Prisma and sqitch files are known by their folders, not their names. */
    private static SetPlan byFolders(Path file, Path parent, String name, Scan scan) {
        Path grand = parent == null ? null : parent.getParent();
        if (grand == null) {
            return null;
        }
        String folder = parent.getFileName().toString();
        if (folder.equals("migrations") && DjangoFinder.FILE.matcher(name).matches()) {
            Dir migrations = new Dir(parent);
            migrations.files().add(new Dir.FileEntry(file, name, 0));
            if (DjangoFinder.isDjango(migrations, scan)) {
                Found found = new DjangoFinder().find(migrations, scan, true);
                if (found != null && !found.sets().isEmpty()) {
                    return found.sets().get(0);
                }
            }
        }
        if ((name.equals("up.sql") || name.equals("down.sql")) && DieselFinder.FOLDER.matcher(folder).matches()) {
            Boolean tx = null;
            Path meta = parent.resolve("metadata.toml");
            if (Files.isRegularFile(meta)) {
                FileText t = scan.text(meta);
                if (t.text() != null && t.text().matches("(?s).*run_in_transaction\\s*=\\s*false.*")) {
                    tx = Boolean.FALSE;
                }
            }
            return new SetPlan(file, Layout.DIESEL, null,
                    List.of(new Planned(file, folder, name.equals("up.sql"), null, tx, null)));
        }
        if (name.equals("migration.sql") && PrismaFinder.FOLDER.matcher(folder).matches()) {
            return new SetPlan(file, Layout.PRISMA, null,
                    List.of(new Planned(file, folder, true, null, Boolean.FALSE, null)));
        }
        if ((folder.equals("deploy") || folder.equals("revert") || folder.equals("verify"))
                && Files.isRegularFile(grand.resolve("sqitch.plan")) && name.endsWith(".sql")) {
            List<Planned> files = new ArrayList<>();
            files.add(new Planned(file, name.substring(0, name.length() - 4), folder.equals("deploy"), null,
                    Boolean.FALSE, null));
            return new SetPlan(file, Layout.SQITCH, null, files);
        }
        return null;
    }
}
