package dev.rollsafe.rules;

import dev.rollsafe.release.HistoryFact;

/**
 * A migration that a release already ran was edited since. The framework will not run it again (Flyway
 * fails validation on a checksum mismatch), so the edit either does nothing where it matters or breaks the
 * deploy; databases created from the edited file and upgraded ones drift apart.
 */
@RuleInfo(id = "released-migration-modified", level = Level.WARNING,
        summary = "migration that shipped in a release was changed since", tags = {"history"})
public final class ReleasedMigrationModifiedRule implements Rule {

    @Override
    public void checkHistory(HistoryFact fact, FindingSink sink) {
        if (fact.kind() == HistoryFact.Kind.MODIFIED) {
            sink.report("migration " + fact.identity() + " shipped in release " + fact.release()
                            + " and was changed since: databases that ran it keep the old version",
                    "leave released migrations as they shipped; put the change in a new migration");
        } else if (fact.kind() == HistoryFact.Kind.MODIFIED_WHITESPACE) {
            sink.report(Level.NOTE, "migration " + fact.identity() + " shipped in release " + fact.release()
                            + " and its white space was changed since (checksum-based frameworks such as Flyway "
                            + "will notice)",
                    "restore the file as it shipped, or let the framework accept the new checksum (flyway repair)");
        }
    }
}
