package dev.rollsafe.rules;

import dev.rollsafe.release.HistoryFact;

/**
 * A new migration sorts before one that a release already ran, by the framework's own ordering. On
 * databases that ran the newer one, the framework either refuses it (Flyway without outOfOrder) or runs it
 * after the fact, in an order no test ran.
 */
@RuleInfo(id = "migration-out-of-order", level = Level.ERROR,
        summary = "new migration ordered before one that already shipped", tags = {"history"})
public final class MigrationOutOfOrderRule implements Rule {

    @Override
    public void checkHistory(HistoryFact fact, FindingSink sink) {
        if (fact.kind() == HistoryFact.Kind.OUT_OF_ORDER) {
            sink.report("new migration " + fact.identity() + " sorts before " + fact.other() + ", which shipped in release "
                            + (fact.release() == null ? "an earlier release" : fact.release())
                            + ": databases that ran it will see this one out of order",
                    "give the migration a version (or timestamp) after the newest released one");
        }
    }
}
