package dev.rollsafe.release.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * Lists the wanted files of commits' trees and reads blobs. A subtree is parsed once however many releases
 * share it (keyed by tree id), so listing 200 releases costs about one walk plus the changed folders. Regular
 * and executable files only: symbolic links and submodules are left out.
 */
final class TreeFiles implements AutoCloseable {
    private final ObjectReader reader;
    private final Predicate<String> names;
    private final Map<ObjectId, List<TreeFile>> seen = new HashMap<>();

    TreeFiles(Repository repo, Predicate<String> names) {
        this.reader = repo.newObjectReader();
        this.names = names;
    }

    /** The wanted files of a commit's tree, in tree order. */
    List<TreeFile> of(String commit) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
            return list(c.getTree().getId());
        }
    }

    private List<TreeFile> list(ObjectId tree) throws IOException {
        List<TreeFile> known = seen.get(tree);
        if (known != null) {
            return known;
        }
        List<TreeFile> out = new ArrayList<>();
        CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree);
        while (!p.eof()) {
            FileMode mode = p.getEntryFileMode();
            String name = p.getEntryPathString();
            if (mode == FileMode.TREE) {
                for (TreeFile f : list(p.getEntryObjectId())) {
                    out.add(new TreeFile(name + "/" + f.path(), f.blob()));
                }
            } else if ((mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) && names.test(name)) {
                out.add(new TreeFile(name, p.getEntryObjectId().name()));
            }
            p.next();
        }
        List<TreeFile> result = List.copyOf(out);
        seen.put(tree.copy(), result);
        return result;
    }

    /** The size of a blob in bytes. */
    long size(String blob) throws IOException {
        return reader.getObjectSize(ObjectId.fromString(blob), org.eclipse.jgit.lib.Constants.OBJ_BLOB);
    }

    /** The bytes of a blob. */
    byte[] read(String blob) throws IOException {
        return reader.open(ObjectId.fromString(blob), org.eclipse.jgit.lib.Constants.OBJ_BLOB).getCachedBytes(
                Integer.MAX_VALUE);
    }

    @Override
    public void close() {
        reader.close();
    }
}
