package dev.rollsafe.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one directory walk of a discovery: builds a {@link Dir} tree, skipping build output, vendored code and
 * hidden folders, and turns loops and unreadable folders into messages.
 */
final class DirWalker {
    /** Folders never searched for migrations (the folder given to the walk itself is always searched). */
    static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", "build", "vendor", ".venv",
            "venv", "__pycache__", "dist");

    private DirWalker() {
    }

    /**
     * Walks {@code start}.
     *
     * @param display  turns a path into what a message prints
     * @param messages receives one line for each folder that could not be walked
     */
    static Dir walk(Path start, Function<Path, String> display, List<String> messages) {
        Dir top = new Dir(start);
        Deque<Dir> stack = new ArrayDeque<>();
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (stack.isEmpty()) {
                                stack.push(top);
                                return FileVisitResult.CONTINUE;
                            }
                            String name = dir.getFileName().toString();
                            if (SKIPPED.contains(name) || name.startsWith(".")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Dir d = new Dir(dir);
                            stack.peek().dirs().add(d);
                            stack.push(d);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (stack.isEmpty()) {
                                return FileVisitResult.CONTINUE;
                            }
                            long size = attrs.isRegularFile() ? attrs.size() : 0;
                            stack.peek().files().add(new Dir.FileEntry(file, file.getFileName().toString(), size));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                messages.add(display.apply(file) + ": skipped: symbolic link loop");
                            } else if (Files.isDirectory(file)) {
                                messages.add(display.apply(file) + ": skipped folder: " + Texts.reason(e));
                            } else if (!stack.isEmpty()) {
                                // an unreadable file still belongs to its folder: reading it later says why
                                stack.peek().files().add(new Dir.FileEntry(file, file.getFileName().toString(), 0));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            Dir d = stack.pop();
                            d.sort();
                            if (e != null) {
                                messages.add(display.apply(dir) + ": folder not fully read: " + Texts.reason(e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            messages.add(display.apply(start) + ": cannot read folder: " + Texts.reason(e));
        }
        top.sort();
        return top;
    }
}
