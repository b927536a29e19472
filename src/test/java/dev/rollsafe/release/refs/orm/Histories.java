package dev.rollsafe.release.refs.orm;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real release histories in /work/shared/histories (see its README): a bundle cloned into a temporary
 * folder with JGit, and the files of one tag's tree. Tests skip when the shared folder is absent.
 */
final class Histories implements AutoCloseable {
    private final Git git;

    private Histories(Git git) {
        this.git = git;
    }

    /** Clones the named bundle ("hawkbit", "kratos") into dir; skips the test when it is not there. */
    static Histories clone(String name, Path dir) throws Exception {
        String root = System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir"));
        Path bundle = Path.of(root).toAbsolutePath().normalize().resolveSibling("shared")
                .resolve("histories").resolve(name + ".bundle");
        assumeTrue(Files.isRegularFile(bundle), "no " + bundle);
        Git git = Git.cloneRepository().setURI(bundle.toString()).setDirectory(dir.toFile()).setNoCheckout(true)
                .call();
        return new Histories(git);
    }

    /** The newest tag by version (numbers compared as numbers). */
    String newestTag() throws Exception {
        List<Ref> tags = git.tagList().call();
        return tags.stream().map(r -> Repository.shortenRefName(r.getName()))
                .max(Comparator.comparing(Histories::numbers, Histories::compareNumbers)).orElseThrow();
    }

    /** The text of each file in the tag's tree whose path passes the filter, by path. */
    Map<String, String> files(String tag, Predicate<String> wanted) throws Exception {
        Repository repo = git.getRepository();
        Map<String, String> out = new TreeMap<>();
        ObjectId commit = repo.resolve(tag + "^{commit}");
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                if (wanted.test(tree.getPathString())) {
                    byte[] bytes = repo.open(tree.getObjectId(0)).getBytes();
                    out.put(tree.getPathString(), new String(bytes, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static int[] numbers(String tag) {
        return java.util.Arrays.stream(tag.replaceAll("[^0-9.]", "").split("\\."))
                .filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }

    private static int compareNumbers(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    @Override
    public void close() {
        git.close();
    }
}
