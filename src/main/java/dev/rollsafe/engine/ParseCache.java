package dev.rollsafe.engine;

import dev.rollsafe.CacheFiles;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.source.MigrationFile;
import dev.rollsafe.source.Segment;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers how files were read, keyed by their content: a file whose bytes, layout, segments and
 * dialect are unchanged is not split and recognised again. One pack file per working directory under
 * the user's cache folder ({@code $ROLLSAFE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/rollsafe}, else
 * {@code ~/.cache/rollsafe}), never in the repository.
 *
 * <p>Safe under concurrent runs: a pack is written to a temporary file and moved into place
 * atomically, so a reader sees an old pack or a new one, never half of one; two writers race only
 * over which complete pack wins. A pack that cannot be read (corrupt, older format, another version)
 * counts as empty. Only rollsafe's own and JDK value classes may be deserialised from it.
 */
final class ParseCache {
    /** Bump when the cached classes or their meaning change. */
    private static final String FORMAT = "2";
    /** Entries kept in a pack; past this, entries this run did not use are dropped. */
    private static final int MAX_ENTRIES = 50_000;

    private final Path pack;
    private final String version;
    private Map<String, List<ParsedStatement>> loaded;
    private final Map<String, List<ParsedStatement>> added = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private ParseCache(Path pack, String version) {
        this.pack = pack;
        this.version = version;
    }

    /** The cache for a working directory, or null when no cache folder can be found. Nothing is read yet. */
    static ParseCache open(Path workingDirectory, String version) {
        Path dir = CacheFiles.directory();
        if (dir == null) {
            return null;
        }
        String id = CacheFiles.sha256(version + "\0" + workingDirectory).substring(0, 24);
        return new ParseCache(dir.resolve("parse-" + FORMAT + "-" + id + ".bin"), version);
    }

    /** Reads the pack on first use: a run whose sets all hit the result cache never pays for it. */
    private synchronized Map<String, List<ParsedStatement>> loaded() {
        if (loaded == null) {
            loaded = read(pack);
        }
        return loaded;
    }

    /** The key of a file as it will be read: content, how it is cut, and the dialect it is read in. */
    String key(MigrationFile file, Dialect dialect) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(version).append('\0').append(dialect.id()).append('\0').append(file.deploy()).append('\0');
        for (Segment s : file.segments()) {
            sb.append(s.start()).append(',').append(s.end()).append(',').append(s.deploy()).append(',')
                    .append(s.transactional()).append(',').append(s.singleStatement()).append(',')
                    .append(s.delimiter()).append(',').append(s.label()).append(';');
        }
        sb.append('\0').append(CacheFiles.hash128(file.text()));
        return CacheFiles.sha256(sb.toString());
    }

    List<ParsedStatement> get(String key) {
        List<ParsedStatement> hit = loaded().get(key);
        if (hit != null) {
            used.add(key);
        }
        return hit;
    }

    void put(String key, List<ParsedStatement> statements) {
        added.put(key, statements);
        used.add(key);
    }

    /** Writes the pack if this run read anything new. Failures are ignored: the cache is only a speed-up. */
    void save() {
        if (added.isEmpty()) {
            return;
        }
        Map<String, List<ParsedStatement>> next = new HashMap<>(loaded());
        next.putAll(added);
        if (next.size() > MAX_ENTRIES) {
            next.keySet().retainAll(new HashSet<>(used));
        }
        CacheFiles.writeAtomically(pack, raw -> {
            ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.writeUTF(FORMAT);
            out.writeUTF(version);
            out.writeObject(next);
            out.flush();
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<ParsedStatement>> read(Path pack) {
        if (!Files.isRegularFile(pack)) {
            return Map.of();
        }
        try (InputStream raw = Files.newInputStream(pack);
             ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw, 1 << 16))) {
            in.setObjectInputFilter(ParseCache::allowed);
            if (!FORMAT.equals(in.readUTF())) {
                return Map.of();
            }
            in.readUTF();
            Object o = in.readObject();
            return o instanceof Map<?, ?> m ? (Map<String, List<ParsedStatement>>) m : Map.of();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Map.of();
        }
    }

    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
        Class<?> c = info.serialClass();
        if (c == null) {
            return info.depth() > 64 ? ObjectInputFilter.Status.REJECTED : ObjectInputFilter.Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        String n = c.getName();
        if (c.isPrimitive() || n.startsWith("dev.rollsafe.") || n.startsWith("java.lang.")
                || n.startsWith("java.util.")) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        return ObjectInputFilter.Status.REJECTED;
    }
}
