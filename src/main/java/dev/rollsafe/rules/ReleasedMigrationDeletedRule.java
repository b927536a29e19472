package dev.rollsafe.rules;

import dev.rollsafe.release.HistoryFact;

/**
 * A migration that a release shipped is gone. Databases that ran it keep its effect; new databases built
 * from the remaining migrations will not have it, and frameworks that validate applied migrations fail.
 */
@RuleInfo(id = "released-migration-deleted", level = Level.ERROR,
        summary = "migration that shipped in a release was deleted", tags = {"history"})
public final class ReleasedMigrationDeletedRule implements Rule {

    @Override
    public void checkHistory(HistoryFact fact, FindingSink sink) {
        if (fact.kind() == HistoryFact.Kind.DELETED) {
            sink.report("migration " + fact.identity() + " shipped in release " + fact.release()
                            + " and is deleted: databases that ran it and new ones will differ",
                    "restore the file; to undo its effect, add a new migration that reverses it");
        }
    }
}
