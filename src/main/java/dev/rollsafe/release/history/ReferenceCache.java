package dev.rollsafe.release.history;

import dev.rollsafe.release.Reference;
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
 * The code references found in blobs, on disk: keyed by blob id and path (a finder may read the path), in one
 * file per context (rollsafe's build, the repository, the finders). Holds the entries the last run used; a
 * missing, foreign or corrupt file reads as empty.
 */
final class ReferenceCache {
    private static final int MAGIC = 0x52535231; // "RSR1"
    private static final int MAX = 10_000_000;
    private static final int END = 0x454E4421;
    private static final Reference.Usage[] USAGES = Reference.Usage.values();
    private static final Reference.Confidence[] CONFIDENCES = Reference.Confidence.values();

    private final Path file;
    private final String context;
    private final Map<String, List<Reference>> loaded = new HashMap<>();
    private final Map<String, List<Reference>> used = new LinkedHashMap<>();
    private boolean changed;

    private ReferenceCache(Path file, String context) {
        this.file = file;
        this.context = context;
    }

    /** A cache in {@code dir} for one context; with a null dir, a cache that remembers nothing. */
    static ReferenceCache open(Path dir, String context) {
        if (dir == null) {
            return new ReferenceCache(null, context);
        }
        ReferenceCache c = new ReferenceCache(HistoryCacheFiles.file(dir, "history-refs", context), context);
        c.read();
        return c;
    }

    /** The references of a blob at a path, or null when no run before scanned it. */
    List<Reference> get(String key) {
        List<Reference> refs = loaded.get(key);
        if (refs != null) {
            used.put(key, refs);
        }
        return refs;
    }

    void put(String key, List<Reference> refs) {
        used.put(key, refs);
        changed = true;
    }

    /** Writes the entries used in this run, when one was new or a known one went unused. */
    void save() {
        if (file == null || !changed && used.size() == loaded.size()) {
            return;
        }
        HistoryCacheFiles.writeAtomically(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.writeInt(MAGIC);
            CacheData.str(out, context);
            out.writeInt(used.size());
            for (Map.Entry<String, List<Reference>> e : used.entrySet()) {
                CacheData.str(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (Reference r : e.getValue()) {
                    CacheData.str(out, r.table());
                    CacheData.str(out, r.column());
                    out.writeByte(r.usage() == null ? -1 : r.usage().ordinal());
                    CacheData.str(out, r.path());
                    out.writeInt(r.line());
                    CacheData.str(out, r.text());
                    out.writeByte(r.confidence() == null ? -1 : r.confidence().ordinal());
                    CacheData.str(out, r.finder());
                }
            }
            out.writeInt(END);
            out.flush();
        });
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, List<Reference>> out = new HashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || !context.equals(CacheData.str(in))) {
                return;
            }
            int entries = CacheData.count(in, MAX);
            for (int e = 0; e < entries; e++) {
                String key = CacheData.str(in);
                int n = CacheData.count(in, MAX);
                List<Reference> refs = new ArrayList<>(Math.min(n, 1 << 12));
                for (int i = 0; i < n; i++) {
                    String table = CacheData.str(in);
                    String column = CacheData.str(in);
                    byte usage = in.readByte();
                    String path = CacheData.str(in);
                    int line = in.readInt();
                    String text = CacheData.str(in);
                    byte confidence = in.readByte();
                    String finder = CacheData.str(in);
                    refs.add(new Reference(table, column, usage < 0 ? null : USAGES[usage], path, line, text,
                            confidence < 0 ? null : CONFIDENCES[confidence], finder));
                }
                out.put(key, List.copyOf(refs));
            }
            if (in.readInt() == END) {
                loaded.putAll(out);
            }
        } catch (IOException | RuntimeException e) {
            // corrupt or truncated: start afresh
        }
    }
}
