package dev.rollsafe.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What a layout found in a folder.
 *
 * @param sets     the sets it planned
 * @param consumed sub-folders that belong to these sets and must not be searched again
 */
record Found(List<SetPlan> sets, Set<Path> consumed) {
    Found {
        sets = List.copyOf(sets);
        consumed = Set.copyOf(consumed);
    }

    static Found of(SetPlan set) {
        return new Found(List.of(set), Set.of());
    }
}
