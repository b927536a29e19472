package dev.rollsafe.release;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * The files a branch added, changed, renamed or deleted since it left {@code ref}: what {@code git diff
 * $(git merge-base REF HEAD)} names, plus the work tree's uncommitted and untracked (not ignored) files, so
 * that a pull request is judged by its own changes only, and a local run sees work not yet committed.
 *
 * @param files   absolute paths (below the work tree) of every added, changed or deleted file
 * @param base    the merge base commit (full hash)
 * @param workTree the repository's work tree
 */
public record ChangedSince(Set<Path> files, String base, Path workTree) {

    public ChangedSince {
        files = Set.copyOf(files);
    }

    /** Why the changed files cannot be known; the message is written for the user. */
    public static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown(String message) {
            super(message);
        }
    }

    /** Whether {@code file} (absolute or relative to the work tree) was added, changed or deleted. */
    public boolean contains(Path file) {
        return files.contains(workTree.resolve(file).toAbsolutePath().normalize());
    }

    /**
     * The changes of the repository containing {@code dir} since the merge base of {@code ref} and HEAD.
     *
     * @throws Unknown when {@code dir} is not in a git repository, {@code ref} names no commit, or the two
     *                 histories share no commit (e.g. a shallow clone)
     */
    public static ChangedSince of(Path dir, String ref) throws Unknown {
        if (ref == null || ref.isBlank()) {
            throw new Unknown("--changed-since needs a branch, tag or commit");
        }
        if (dir.getFileSystem() != FileSystems.getDefault()) {
            throw new Unknown("--changed-since " + ref + ": not a folder on disk");
        }
        Path top = null;
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(Constants.DOT_GIT))) {
                top = p;
                break;
            }
        }
        if (top == null) {
            throw new Unknown("--changed-since " + ref + ": " + dir.toAbsolutePath().normalize()
                    + " is not inside a git repository");
        }
        try (Repository repo = new FileRepositoryBuilder().findGitDir(top.toFile()).setMustExist(true).build()) {
            return read(repo, top, ref.strip());
        } catch (IOException | GitAPIException | RuntimeException e) {
            if (e instanceof RevisionSyntaxException || e instanceof AmbiguousObjectException) {
                throw new Unknown(unresolved(ref));
            }
            throw new Unknown("--changed-since " + ref + ": cannot read the git repository at " + top + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip()) + ")");
        }
    }

    private static ChangedSince read(Repository repo, Path top, String ref)
            throws IOException, GitAPIException, Unknown {
        ObjectId target = repo.resolve(ref + "^{commit}");
        if (target == null) {
            throw new Unknown(unresolved(ref));
        }
        ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            throw new Unknown("--changed-since " + ref + ": the repository has no commit yet (HEAD is unborn)");
        }
        Set<String> changed = new LinkedHashSet<>();
        String base;
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader(); Git git = new Git(repo)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(target));
            walk.markStart(walk.parseCommit(head));
            RevCommit mergeBase = walk.next();
            if (mergeBase == null) {
                throw new Unknown("--changed-since " + ref + ": " + ref + " and HEAD share no commit (in a shallow "
                        + "clone, fetch the whole history, e.g. actions/checkout with fetch-depth: 0)");
            }
            base = mergeBase.name();
            CanonicalTreeParser from = new CanonicalTreeParser();
            from.reset(reader, walk.parseCommit(mergeBase).getTree());
            CanonicalTreeParser to = new CanonicalTreeParser();
            to.reset(reader, walk.parseCommit(head).getTree());
            for (DiffEntry d : git.diff().setOldTree(from).setNewTree(to).setShowNameAndStatusOnly(true).call()) {
                if (d.getChangeType() != DiffEntry.ChangeType.ADD) {
                    changed.add(d.getOldPath());
                }
                if (d.getChangeType() != DiffEntry.ChangeType.DELETE) {
                    changed.add(d.getNewPath());
                }
            }
            if (!repo.isBare()) {
                Status status = git.status().call();
                changed.addAll(status.getUncommittedChanges());
                changed.addAll(status.getUntracked());
            }
        }
        Set<Path> files = new LinkedHashSet<>();
        for (String p : changed) {
            files.add(top.resolve(p).toAbsolutePath().normalize());
        }
        return new ChangedSince(files, base, top);
    }

    private static String unresolved(String ref) {
        return "--changed-since " + ref + ": no such branch, tag or commit in this repository (in CI, fetch it "
                + "first, e.g. git fetch origin main, or check out with fetch-depth: 0)";
    }
}
