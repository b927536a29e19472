package dev.rollsafe.release.history;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The release history of the git repository around a folder, read with JGit (no git binary): the release tags
 * (annotated or lightweight, on any branch, ancestors of HEAD or not) in version order, and HEAD. Never throws
 * to the caller: a repository that cannot be read gives one line in {@code notes} and no history.
 */
public final class GitHistory implements AutoCloseable {
    private final Repository repo;
    private final List<Release> releases;
    private final String head;
    private final List<String> notes;

    private GitHistory(Repository repo, List<Release> releases, String head, List<String> notes) {
        this.repo = repo;
        this.releases = List.copyOf(releases);
        this.head = head;
        this.notes = List.copyOf(notes);
    }

    /** The history of the repository containing {@code dir}, with the default release tag pattern. */
    public static Optional<GitHistory> open(Path dir) {
        return open(dir, TagPattern.DEFAULT, new ArrayList<>());
    }

    /**
     * The history of the repository containing {@code dir} (found by walking up to a {@code .git} folder, or
     * to a {@code .git} file of a linked worktree or submodule).
     *
     * @param notes receives one line when there is no readable repository, and one per unreadable tag
     */
    public static Optional<GitHistory> open(Path dir, TagPattern pattern, List<String> notes) {
        if (dir == null || dir.getFileSystem() != FileSystems.getDefault()) {
            notes.add("not a folder on disk: no release history");
            return Optional.empty();
        }
        Path start = dir.toAbsolutePath().normalize();
        Path top = null;
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(Constants.DOT_GIT))) {
                top = p;
                break;
            }
        }
        if (top == null) {
            notes.add(start + ": not inside a git repository: no release history, so no release checks");
            return Optional.empty();
        }
        Repository repo = null;
        try {
            knowSystemConfig();
            repo = new FileRepositoryBuilder().findGitDir(top.toFile()).setMustExist(true).build();
            List<String> own = new ArrayList<>();
            List<Release> releases = releases(repo, pattern, own);
            ObjectId h = repo.resolve(Constants.HEAD + "^{commit}");
            notes.addAll(own);
            return Optional.of(new GitHistory(repo, releases, h == null ? null : h.name(), own));
        } catch (IOException | RuntimeException e) {
            if (repo != null) {
                repo.close();
            }
            notes.add(top + ": cannot read the git repository (" + oneLine(e) + "): no release history");
            return Optional.empty();
        }
    }

    /**
     * Left alone, JGit learns where git's system-wide config lives by starting the git program twice ({@code git
     * --version}, {@code git config --system --show-origin --list}): tens of milliseconds of every run, a third
     * of a pre-commit hook's budget. Outside Windows it is the file distributions' git reads, /etc/gitconfig
     * (when git was built with another prefix, that file is absent and the system config is empty, which changes
     * nothing rollsafe reads: tags, trees, blobs and the index).
     */
    private static void knowSystemConfig() {
        if (!org.eclipse.jgit.util.SystemReader.getInstance().isWindows()) {
            org.eclipse.jgit.util.FS.DETECTED.setGitSystemConfig(new File("/etc/gitconfig"));
        }
    }

    private static List<Release> releases(Repository repo, TagPattern pattern, List<String> notes)
            throws IOException {
        List<Release> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String tag = ref.getName().substring(Constants.R_TAGS.length());
                Optional<ReleaseVersion> v = pattern.version(tag);
                if (v.isEmpty() || ref.getObjectId() == null) {
                    continue;
                }
                try {
                    // parseCommit peels annotated tags (also a tag of a tag) down to the commit
                    RevCommit c = walk.parseCommit(ref.getObjectId());
                    out.add(new Release(tag, v.get(), c.name()));
                } catch (IncorrectObjectTypeException e) {
                    notes.add("tag " + tag + ": does not point at a commit; ignored");
                } catch (IOException e) {
                    notes.add("tag " + tag + ": cannot be read (" + oneLine(e) + "); ignored");
                }
            }
        }
        out.sort(Comparator.comparing(Release::version));
        return out;
    }

    /** Every release, oldest to newest in version order. */
    public List<Release> releases() {
        return releases;
    }

    /** The release whose commit is HEAD's commit (the highest version when several tags point there). */
    public Optional<Release> releaseAtHead() {
        Release found = null;
        for (Release r : releases) {
            if (r.commit().equals(head)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** HEAD's commit id, empty in a repository without commits. */
    public Optional<String> headCommit() {
        return Optional.ofNullable(head);
    }

    /** The working tree's top folder; empty for a bare repository. */
    public Optional<Path> workTree() {
        if (repo.isBare()) {
            return Optional.empty();
        }
        File w = repo.getWorkTree();
        return Optional.of(w.toPath().toAbsolutePath().normalize());
    }

    /** One line per tag that could not be read. */
    public List<String> notes() {
        return notes;
    }

    /** A lister of the files of commits' trees whose names pass {@code names}, remembering subtrees it has seen. */
    /**
     * A cheap stamp of the working tree's files as they are on disk (tracked, and untracked but not ignored:
     * path, size, modification time):
     * changes when code is edited, staged or not, so cached verdicts that read the working tree's code are
     * never reused after an edit.
     */
    public String workTreeStamp() {
        Path top = workTree().orElse(null);
        if (top == null) {
            return "";
        }
        long h = 1125899906842597L;
        try {
            org.eclipse.jgit.dircache.DirCache index = repo.readDirCache();
            for (int i = 0; i < index.getEntryCount(); i++) {
                String path = index.getEntry(i).getPathString();
                java.io.File f = top.resolve(path).toFile();
                h = 31 * h + path.hashCode();
                h = 31 * h + f.length();
                h = 31 * h + f.lastModified();
            }
            for (String path : new java.util.TreeSet<>(untrackedFiles())) {
                java.io.File f = top.resolve(path).toFile();
                h = 31 * h + path.hashCode();
                h = 31 * h + f.length();
                h = 31 * h + f.lastModified();
            }
            return index.getEntryCount() + ":" + Long.toHexString(h);
        } catch (java.io.IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    /**
     * Files in the working tree that git does not track and does not ignore. One walk of the index beside the
     * working tree, entering only folders that are tracked or not ignored; unlike a whole status it neither reads
     * HEAD's tree nor compares any file's content (a pre-commit hook pays for this on every run).
     */
    java.util.Set<String> untrackedFiles() {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (org.eclipse.jgit.treewalk.TreeWalk walk = new org.eclipse.jgit.treewalk.TreeWalk(repo)) {
            walk.addTree(new org.eclipse.jgit.dircache.DirCacheIterator(repo.readDirCache()));
            walk.addTree(new org.eclipse.jgit.treewalk.FileTreeIterator(repo));
            while (walk.next()) {
                org.eclipse.jgit.treewalk.WorkingTreeIterator file =
                        walk.getTree(1, org.eclipse.jgit.treewalk.WorkingTreeIterator.class);
                boolean tracked = walk.getTree(0, org.eclipse.jgit.dircache.DirCacheIterator.class) != null;
                if (file == null || (!tracked && file.isEntryIgnored())) {
                    continue; // deleted, or ignored (with everything under it)
                }
                if (walk.isSubtree()) {
                    walk.enterSubtree();
                } else if (!tracked) {
                    out.add(walk.getPathString());
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return java.util.Set.of();
        }
    }

    /** The index (staged state) of the working tree. */
    org.eclipse.jgit.dircache.DirCache readIndex() throws java.io.IOException {
        return repo.readDirCache();
    }

    TreeFiles treeFiles(Predicate<String> names) {
        return new TreeFiles(repo, names);
    }

    @Override
    public void close() {
        repo.close();
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
