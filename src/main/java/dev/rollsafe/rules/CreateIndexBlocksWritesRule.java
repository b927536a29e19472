package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;

/**
 * CREATE INDEX without CONCURRENTLY takes a SHARE lock on an existing table for the whole build: reads go
 * on, every INSERT, UPDATE and DELETE waits until the index is built.
 */
@RuleInfo(id = "create-index-blocks-writes", level = Level.ERROR,
        summary = "index built without CONCURRENTLY blocks writes to the table for the whole build",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class CreateIndexBlocksWritesRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (c instanceof Change.CreateIndex ci && !ci.concurrently() && ci.table() != null
                    && context.tableExistedBeforeMigration(ci.table())) {
                String index = ci.name() == null ? "an index" : "index " + ci.name();
                sink.report("creating " + index + " on " + ci.table() + " takes a SHARE lock on " + ci.table()
                                + ": inserts, updates and deletes wait until the whole table is indexed",
                        "use CREATE INDEX CONCURRENTLY in a migration of its own that runs outside a transaction",
                        Fixes.createIndexConcurrently(context));
            }
        }
    }
}
