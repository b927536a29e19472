package dev.rollsafe.release.history;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovered migration sets of release trees, on disk: keyed by the digest of a tree's migration files
 * (their paths and blob ids), in one file per context (rollsafe's build, the repository, the folder, the
 * config and the dialect override). A migration that many releases share is stored once. It also remembers each
 * release commit's digest, so a repeated run neither walks trees nor hashes. The file holds the entries the
 * last run used; a missing, foreign or corrupt file reads as empty.
 */
final class ShippedSetCache {
    private static final int MAGIC = 0x52534832; // "RSH2"
    private static final int MAX = 10_000_000;
    private static final int END = 0x454E4421;

    private final Path file;
    private final String context;
    private final Map<String, List<ShippedSet>> loaded;
    private final Map<String, List<ShippedSet>> used = new LinkedHashMap<>();
    private final Map<String, String> digests = new HashMap<>();
    private final Map<String, String> usedDigests = new LinkedHashMap<>();
    private boolean changed;

    private ShippedSetCache(Path file, String context, Map<String, List<ShippedSet>> loaded) {
        this.file = file;
        this.context = context;
        this.loaded = loaded;
    }

    /** A cache in {@code dir} for one context; with a null dir, a cache that remembers nothing. */
    static ShippedSetCache open(Path dir, String context) {
        if (dir == null) {
            return new ShippedSetCache(null, context, new HashMap<>());
        }
        Path f = HistoryCacheFiles.file(dir, "history-sets", context);
        ShippedSetCache c = new ShippedSetCache(f, context, new HashMap<>());
        c.read();
        return c;
    }

    /** The digest of a commit's migration files, when a run before knew it. */
    String digestOf(String commit) {
        String d = digests.get(commit);
        if (d != null) {
            usedDigests.put(commit, d);
        }
        return d;
    }

    void putDigest(String commit, String digest) {
        if (!digest.equals(usedDigests.put(commit, digest))) {
            changed = true;
        }
    }

    /** The sets of a tree whose migration files have this digest, or null. */
    List<ShippedSet> get(String digest) {
        List<ShippedSet> sets = loaded.get(digest);
        if (sets != null) {
            used.put(digest, sets);
        }
        return sets;
    }

    void put(String digest, List<ShippedSet> sets) {
        used.put(digest, sets);
        changed = true;
    }

    /** Writes the entries used in this run, when one was new or a used one was missing. */
    void save() {
        if (file == null || !changed && used.size() == loaded.size() && usedDigests.size() == digests.size()) {
            return;
        }
        Map<ShippedMigration, Integer> ids = new LinkedHashMap<>();
        for (List<ShippedSet> sets : used.values()) {
            for (ShippedSet s : sets) {
                for (ShippedMigration m : s.migrations()) {
                    ids.putIfAbsent(m, ids.size());
                }
            }
        }
        HistoryCacheFiles.writeAtomically(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.writeInt(MAGIC);
            CacheData.str(out, context);
            out.writeInt(ids.size());
            for (ShippedMigration m : ids.keySet()) {
                CacheData.str(out, m.layout());
                CacheData.str(out, m.identity());
                CacheData.str(out, m.path());
                CacheData.str(out, m.contentHash());
                CacheData.str(out, m.text());
                out.writeBoolean(m.deploy());
            }
            out.writeInt(used.size());
            for (Map.Entry<String, List<ShippedSet>> e : used.entrySet()) {
                CacheData.str(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (ShippedSet s : e.getValue()) {
                    CacheData.str(out, s.root());
                    CacheData.str(out, s.layout());
                    CacheData.str(out, s.dialect());
                    out.writeInt(s.migrations().size());
                    for (ShippedMigration m : s.migrations()) {
                        out.writeInt(ids.get(m));
                    }
                }
            }
            out.writeInt(usedDigests.size());
            for (Map.Entry<String, String> e : usedDigests.entrySet()) {
                CacheData.str(out, e.getKey());
                CacheData.str(out, e.getValue());
            }
            out.writeInt(END);
            out.flush();
        });
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, List<ShippedSet>> out = new HashMap<>();
        Map<String, String> commits = new HashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || !context.equals(CacheData.str(in))) {
                return;
            }
            int n = CacheData.count(in, MAX);
            List<ShippedMigration> migrations = new ArrayList<>(Math.min(n, 1 << 16));
            for (int i = 0; i < n; i++) {
                migrations.add(new ShippedMigration(CacheData.str(in), CacheData.str(in), CacheData.str(in),
                        CacheData.str(in), CacheData.str(in), in.readBoolean()));
            }
            int entries = CacheData.count(in, MAX);
            for (int e = 0; e < entries; e++) {
                String digest = CacheData.str(in);
                int sets = CacheData.count(in, MAX);
                List<ShippedSet> list = new ArrayList<>();
                for (int s = 0; s < sets; s++) {
                    String root = CacheData.str(in);
                    String layout = CacheData.str(in);
                    String dialect = CacheData.str(in);
                    int k = CacheData.count(in, MAX);
                    List<ShippedMigration> ms = new ArrayList<>(Math.min(k, 1 << 16));
                    for (int i = 0; i < k; i++) {
                        ms.add(migrations.get(CacheData.count(in, migrations.size() - 1)));
                    }
                    list.add(new ShippedSet(root, layout, dialect, ms));
                }
                out.put(digest, List.copyOf(list));
            }
            int n2 = CacheData.count(in, MAX);
            for (int i = 0; i < n2; i++) {
                commits.put(CacheData.str(in), CacheData.str(in));
            }
            if (in.readInt() == END) {
                loaded.putAll(out);
                digests.putAll(commits);
            }
        } catch (IOException | RuntimeException e) {
            // corrupt or truncated: start afresh
        }
    }
}
