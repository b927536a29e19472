package dev.rollsafe.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Diesel: {@code <version>_<name>/up.sql} and {@code down.sql}, ordered by version; {@code metadata.toml} with
 * {@code run_in_transaction = false} turns the transaction off. Identity: the folder name.
 */
final class DieselFinder implements LayoutFinder {
    static final Pattern FOLDER = Pattern.compile("^\\d[\\d-]*_.+$");
    private static final Pattern NO_TX = Pattern.compile("(?m)^\\s*run_in_transaction\\s*=\\s*false\\b");

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        List<Dir> migrations = new ArrayList<>();
        for (Dir d : dir.dirs()) {
            if (FOLDER.matcher(d.name()).matches() && (d.hasFile("up.sql") || d.hasFile("down.sql"))) {
                migrations.add(d);
            }
        }
        if (migrations.isEmpty()) {
            return null;
        }
        migrations.sort((a, b) -> Versions.compareNatural(a.name(), b.name()));
        List<Planned> files = new ArrayList<>();
        Set<Path> consumed = new HashSet<>();
        for (Dir d : migrations) {
            consumed.add(d.path());
            Boolean tx = null;
            if (d.hasFile("metadata.toml")) {
                FileText meta = scan.text(d.path().resolve("metadata.toml"));
                if (meta.text() != null && NO_TX.matcher(meta.text()).find()) {
                    tx = Boolean.FALSE;
                }
            }
            for (String name : new String[] {"up.sql", "down.sql"}) {
                if (d.hasFile(name)) {
                    files.add(new Planned(d.path().resolve(name), d.name(), name.equals("up.sql"), null, tx, null));
                }
            }
            for (Dir.FileEntry f : d.files()) {
                String n = f.name().toLowerCase(Locale.ROOT);
                if (n.endsWith(".sql") && !n.equals("up.sql") && !n.equals("down.sql")) {
                    scan.message(f.path(), "ignored: Diesel runs only up.sql and down.sql");
                }
            }
        }
        return new Found(List.of(new SetPlan(dir.path(), Layout.DIESEL, null, files)), consumed);
    }
}
