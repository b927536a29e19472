package dev.rollsafe.release.history;

/**
 * A file of a commit's tree.
 *
 * @param path the path from the repository root, with '/'
 * @param blob the id of its content (40 hex): equal ids, equal bytes
 */
public record TreeFile(String path, String blob) {
}
