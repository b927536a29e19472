package dev.rollsafe.source;

import java.util.List;

/**
 * What a discovery found.
 *
 * @param sets        the migration sets, in the order their folders were found
 * @param messages    one-line notes for the user (folders without migrations, skipped loops, ignored files)
 * @param usageErrors one-line errors about the paths given (a path that does not exist)
 */
public record Discovery(List<MigrationSet> sets, List<String> messages, List<String> usageErrors) {
    public Discovery {
        sets = List.copyOf(sets);
        messages = List.copyOf(messages);
        usageErrors = List.copyOf(usageErrors);
    }
}
