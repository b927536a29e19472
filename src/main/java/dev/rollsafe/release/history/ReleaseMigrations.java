package dev.rollsafe.release.history;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.ConfigException;
import dev.rollsafe.source.ConfigLoader;
import dev.rollsafe.source.Discovery;
import dev.rollsafe.source.MigrationFinder;
import dev.rollsafe.source.MigrationFolder;
import dev.rollsafe.source.MigrationSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The migrations each release shipped, found exactly as the working-tree discovery finds them: the files the
 * source layer looks at are copied from the release's tree into an in-memory file system and
 * {@link MigrationFinder#discover} runs there.
 *
 * <p>Work is shared between releases: a subtree is listed once (by tree id), a blob is read from git once (by
 * blob id), and a release whose migration files (paths and blob ids) equal an earlier one's reuses that
 * result without discovering again. Across runs, an on-disk cache ({@link ShippedSetCache}) keeps the result
 * under the same digest of (path, blob id) pairs, in a file per rollsafe build, repository, folder, config and
 * dialect override: a repeated run reads no blob and discovers nothing.
 *
 * <p>The config used for a release is the {@code rollsafe.yaml} at the top of its tree when it has one, else
 * the working tree's config with its folders moved into the release's tree (folders missing there are
 * dropped; when none is left the release's tree is walked). {@code *.sql.conf} files are not copied: Flyway's
 * finder opens them with {@code Path.of}, i.e. on the default file system (see the report), so a release's
 * per-migration transaction settings are not read; they change neither identity nor content.
 */
public final class ReleaseMigrations implements AutoCloseable {
    private static final long MAX_BLOB = 64L * 1024 * 1024;

    private final TreeFiles trees;
    private final Path workTree;
    private final String cwd;
    private final Config config;
    private final Dialect override;
    private final Map<String, byte[]> blobs = new HashMap<>();
    private final Map<String, List<ShippedSet>> byContent = new HashMap<>();
    private final Map<String, List<ShippedSet>> byCommit = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final ShippedSetCache disk;
    private int discoveries;
    private int blobReads;

    /**
     * @param cwd      the folder the working-tree discovery ran in (releases are discovered from the same
     *                 folder of their tree when it exists there, else from the top)
     * @param config   the working tree's config
     * @param override the dialect the user forced, or null
     */
    public ReleaseMigrations(GitHistory history, Path cwd, Config config, Dialect override) {
        this(history, cwd, config, override, HistoryCacheFiles.userDirectory());
    }

    /**
     * @param cacheDir the folder of the on-disk cache, or null for none (results are then kept for this
     *                 object's life only)
     */
    public ReleaseMigrations(GitHistory history, Path cwd, Config config, Dialect override, Path cacheDir) {
        this.trees = history.treeFiles(ReleaseMigrations::wanted);
        this.workTree = history.workTree().orElse(null);
        String rel = workTree != null && cwd != null ? Units.relative(workTree, cwd, ".") : ".";
        this.cwd = rel.startsWith("/") || rel.startsWith("..") ? "." : rel;
        this.config = config == null ? Config.empty() : config;
        this.override = override;
        this.disk = ShippedSetCache.open(cacheDir, HistoryCacheFiles.build() + "\n" + workTree + "\n" + this.cwd
                + "\n" + this.config + "\n" + override);
    }

    /** True for the file names the source layer reads. */
    static boolean wanted(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".sql") || n.endsWith(".sql.postgres") || n.endsWith(".sql.sqlite")
                || n.equals("sqitch.plan") || n.equals("sqitch.conf") || n.equals("atlas.sum")
                || n.equals("metadata.toml") || n.equals("migration_lock.toml") || n.equals(ConfigLoader.FILE_NAME)
                // Django: the migration modules, the apps' labels and the settings' database engine
                || n.matches("\\d{4}_[a-z0-9_]*\\.py") || n.equals("apps.py") || n.equals("settings.py");
    }

    /** The migration sets of a release; empty (with a note) when its tree cannot be read. */
    public List<ShippedSet> of(Release release) {
        return byCommit.computeIfAbsent(release.commit(), c -> read(release));
    }

    /** How many blobs were read from git (each at most once; none when the disk cache knew every tree). */
    public int blobReads() {
        return blobReads;
    }

    /** One line per release that could not be read. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** How many times discovery really ran (releases with equal migration files share one run). */
    public int discoveries() {
        return discoveries;
    }

    private List<ShippedSet> read(Release release) {
        try {
            String remembered = disk.digestOf(release.commit());
            List<ShippedSet> known = remembered == null ? null : known(remembered);
            if (known != null) {
                return known;
            }
            List<TreeFile> files = trees.of(release.commit());
            String key = digest(files);
            disk.putDigest(release.commit(), key);
            known = known(key);
            if (known != null) {
                return known;
            }
            List<ShippedSet> sets = discover(files);
            byContent.put(key, sets);
            disk.put(key, sets);
            return sets;
        } catch (IOException | RuntimeException e) {
            notes.add(release.tag() + ": cannot read its tree (" + GitHistory.oneLine(e) + "); its migrations are unknown");
            return List.of();
        }
    }

    private List<ShippedSet> known(String key) {
        List<ShippedSet> known = byContent.get(key);
        if (known == null) {
            known = disk.get(key);
            if (known != null) {
                byContent.put(key, known);
            }
        }
        return known;
    }

    private List<ShippedSet> discover(List<TreeFile> files) throws IOException {
        discoveries++;
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path top = fs.getPath("/repo");
            Files.createDirectories(top);
            String ownConfig = null;
            for (TreeFile f : files) {
                byte[] bytes = blob(f.blob());
                if (bytes == null) {
                    continue;
                }
                Path p = top.resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.write(p, bytes);
                if (f.path().equals(ConfigLoader.FILE_NAME)) {
                    ownConfig = new String(bytes, StandardCharsets.UTF_8);
                }
            }
            Path start = top.resolve(cwd).normalize();
            if (!Files.isDirectory(start)) {
                start = top;
            }
            Config c = configFor(top, ownConfig);
            Discovery d = new MigrationFinder().discover(start, List.of(), c, override);
            List<ShippedSet> out = new ArrayList<>();
            for (MigrationSet s : d.sets()) {
                out.add(Units.of(s, top));
            }
            return List.copyOf(out);
        }
    }

    private Config configFor(Path top, String ownConfig) {
        if (ownConfig != null) {
            try {
                return ConfigLoader.parse(top.resolve(ConfigLoader.FILE_NAME), ownConfig);
            } catch (ConfigException e) {
                // an old release's broken config: fall back to the working tree's
            }
        }
        List<MigrationFolder> folders = new ArrayList<>();
        for (MigrationFolder f : config.migrations()) {
            if (workTree == null) {
                break;
            }
            String rel = Units.relative(workTree, f.path(), "/");
            if (rel.startsWith("/") || rel.startsWith("..")) {
                continue;
            }
            Path moved = top.resolve(rel).normalize();
            if (Files.exists(moved)) {
                folders.add(new MigrationFolder(moved, f.layout(), f.dialect()));
            }
        }
        return new Config(null, folders, config.layout(), config.dialect(), config.dbVersion(), config.extra());
    }

    private byte[] blob(String id) throws IOException {
        if (blobs.containsKey(id)) {
            return blobs.get(id);
        }
        blobReads++;
        byte[] bytes = trees.size(id) > MAX_BLOB ? null : trees.read(id);
        blobs.put(id, bytes);
        return bytes;
    }

    private static String digest(List<TreeFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (TreeFile f : files) {
                md.update(f.path().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.blob().getBytes(StandardCharsets.US_ASCII));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        disk.save();
        trees.close();
    }
}
