package dev.rollsafe.release.history;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReferencePaths;
import dev.rollsafe.release.ReferenceScanner;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;

/**
 * The code references of a release (its commit's tree) and of the working tree (the files git tracks, as
 * they are on disk: staged and unstaged edits included, as a pre-commit hook sees them). A blob is read
 * and scanned once per path however many releases hold it, and across runs too when the disk cache
 * ({@link ReferenceCache}) knows it.
 */
public final class ReleaseReferences implements AutoCloseable {
    /** Files larger than this are not scanned (generated bundles, data). */
    static final long MAX_BYTES = 2L << 20;

    private final GitHistory history;
    private final ReferenceScanner scanner;
    private final ReferencePaths paths;
    private final TreeFiles trees;
    private final Map<String, List<Reference>> byBlob = new HashMap<>();
    private final ReferenceCache disk;
    private int blobReads;

    /**
     * Without a disk cache: the scanner's finders are not visible here, so they cannot be part of a cache
     * key; {@link #ReleaseReferences(GitHistory, ReferenceScanner, ReferencePaths, Path, String)} takes them.
     */
    public ReleaseReferences(GitHistory history, ReferenceScanner scanner, ReferencePaths paths) {
        this(history, scanner, paths, null, "");
    }

    /**
     * @param cacheDir the folder of the on-disk cache (e.g. the user's cache folder), or null for none
     * @param finders  what decides the scanner's results: e.g. its finders' ids, in order; part of the key
     */
    public ReleaseReferences(GitHistory history, ReferenceScanner scanner, ReferencePaths paths, Path cacheDir,
                             String finders) {
        this.history = history;
        this.scanner = scanner;
        this.paths = paths;
        this.trees = history.treeFiles(name -> true);
        this.disk = ReferenceCache.open(cacheDir, HistoryCacheFiles.build() + "\n"
                + history.workTree().map(Path::toString).orElse("") + "\n" + finders);
    }

    /** The user's cache folder, or null: for {@link #ReleaseReferences(GitHistory, ReferenceScanner,
     *  ReferencePaths, Path, String)}. */
    public static Path userCacheDirectory() {
        return HistoryCacheFiles.userDirectory();
    }

    /** How many blobs were read from git (each at most once; none when the disk cache knew them all). */
    public int blobReads() {
        return blobReads;
    }

    /** The references in a release's code. */
    public List<Reference> of(Release release) {
        return of(release, null);
    }

    /**
     * The references in the files of a release that are not in {@code skip} (blob and path keys), adding
     * those files to it: walking releases newest first, a file a newer release holds unchanged has nothing
     * newer to say ("last referenced in" needs each file once).
     */
    public List<Reference> of(Release release, java.util.Set<String> skip) {
        List<Reference> out = new ArrayList<>();
        try {
            for (TreeFile f : trees.of(release.commit())) {
                if (!scanner.accepts(f.path()) || !paths.wanted(f.path())) {
                    continue;
                }
                String key = f.blob() + "\u0000" + f.path();
                if (skip != null && !skip.add(key)) {
                    continue;
                }
                List<Reference> refs = byBlob.get(key);
                if (refs == null) {
                    refs = disk.get(key);
                }
                if (refs == null) {
                    blobReads++;
                    refs = trees.size(f.blob()) > MAX_BYTES ? List.of() : scan(f.path(), trees.read(f.blob()));
                    disk.put(key, refs);
                }
                byBlob.put(key, refs);
                out.addAll(refs);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable release gives no evidence rather than a crash
        }
        return out;
    }

    /** The references in the working tree's tracked files, read from disk. */
    public List<Reference> workTree() {
        List<Reference> out = new ArrayList<>();
        Path top = history.workTree().orElse(null);
        if (top == null) {
            return out;
        }
        java.util.Set<String> files = new java.util.TreeSet<>();
        try {
            DirCache index = history.readIndex();
            for (int i = 0; i < index.getEntryCount(); i++) {
                DirCacheEntry e = index.getEntry(i);
                if (e.getFileMode() == FileMode.REGULAR_FILE || e.getFileMode() == FileMode.EXECUTABLE_FILE) {
                    files.add(e.getPathString());
                }
            }
            files.addAll(history.untrackedFiles()); // new code not yet added to git is the code being checked too
        } catch (IOException | RuntimeException e) {
            // no index: what can be read still counts
        }
        for (String path : files) {
            if (!scanner.accepts(path) || !paths.wanted(path)) {
                continue;
            }
            try {
                Path file = top.resolve(path);
                if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
                    out.addAll(scan(path, Files.readAllBytes(file)));
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable file gives no evidence
            }
        }
        return out;
    }

    private List<Reference> scan(String path, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of(); // not text
        }
        return List.copyOf(scanner.scan(path, text));
    }

    @Override
    public void close() {
        disk.save();
        trees.close();
    }
}
