package dev.rollsafe.release;

import java.util.List;

/** The one list of code-reference finders (one small finder per source kind). */
public final class ReferenceFinders {
    private ReferenceFinders() {
    }

    public static List<ReferenceFinder> standard() {
        return List.of();
    }
}
