package dev.rollsafe.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Where the set of a single migration file is rooted, judged from the file's own folders. */
final class SetFolders {
    private static final Set<String> SQITCH_KINDS = Set.of("deploy", "revert", "verify");

    private SetFolders() {
    }

    /**
     * The folder to search for the set holding {@code file}: its folder, or higher up for files whose folder is
     * part of the migration (Diesel and Prisma migration folders, sqitch's deploy/revert/verify, versioned
     * delta folders such as {@code delta/16/}).
     */
    static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        Path grand = parent == null ? null : parent.getParent();
        if (grand == null) {
            return parent;
        }
        String folder = parent.getFileName().toString();
        String name = file.getFileName().toString();
        if ((name.equals("up.sql") || name.equals("down.sql")) && DieselFinder.FOLDER.matcher(folder).matches()) {
            return grand;
        }
        if (folder.equals("migrations") && DjangoFinder.FILE.matcher(name).matches()) {
            // the Django project: its apps' migrations depend on each other
            for (Path p = grand.getParent(); p != null && p.getNameCount() >= grand.getNameCount() - 3; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("manage.py"))) {
                    return p;
                }
            }
            return grand.getParent() != null ? grand.getParent() : grand;
        }
        if (name.equals("migration.sql") && PrismaFinder.FOLDER.matcher(folder).matches()) {
            return grand;
        }
        if (SQITCH_KINDS.contains(folder) && Files.isRegularFile(grand.resolve("sqitch.plan"))) {
            return grand;
        }
        if (PlainFinder.VERSION_DIR.matcher(folder).matches() && !FlywayFinder.matches(name)
                && grand.getParent() != null) {
            return grand.getParent();
        }
        return parent;
    }
}
