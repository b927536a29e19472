package dev.rollsafe.release;

import java.util.List;

/**
 * Finds the references in one file of one kind of source (SQL in Java strings, JPA entities, MyBatis
 * mappers, Go struct tags, ...). Finders are stateless and independent; the release layer asks each one
 * whether it wants a file and gives it the file's text.
 */
public interface ReferenceFinder {

    /** A short id for evidence and configuration, e.g. "sql-string", "jpa". */
    String id();

    /** True when this finder reads files at this path (relative, with '/'), judged by name alone. */
    boolean accepts(String path);

    /** The references in the file; never throws (a file it cannot read yields none). */
    List<Reference> find(String path, String text);
}
