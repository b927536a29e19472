package dev.rollsafe.rules;

import dev.rollsafe.model.Span;

/** What a rule may know about a whole migration file (for file-level checks such as readability). */
public interface FileContext {

    /** Path relative to the current directory, with {@code /}. */
    String path();

    String layout();

    /** Why the file could not be read, or null when it was read. */
    String unreadableReason();

    /** Where the reading problem is (the first bad byte, say), or the file's start. */
    Span problemSpan();
}
