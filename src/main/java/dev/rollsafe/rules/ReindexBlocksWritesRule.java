package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import java.util.Optional;

/**
 * REINDEX without CONCURRENTLY rebuilds indexes under a SHARE lock on the table (writes wait) and an ACCESS
 * EXCLUSIVE lock on each index it rebuilds (queries that would use the index wait too).
 */
@RuleInfo(id = "reindex-blocks-writes", level = Level.ERROR,
        summary = "REINDEX without CONCURRENTLY blocks writes to the table, and reads through its indexes",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class ReindexBlocksWritesRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.Reindex ri) || ri.concurrently()) {
                continue;
            }
            String target = ri.target().strip();
            int space = target.indexOf(' ');
            String kind = space < 0 ? "" : target.substring(0, space);
            String name = space < 0 ? target : target.substring(space + 1).strip();
            Optional<Name> table = tableOf(context, kind, name);
            if (table.isPresent() && context.tableCreatedInThisMigration(table.get())) {
                continue;
            }
            String what = switch (kind) {
                case "index" -> "rebuilding index " + name + " takes an ACCESS EXCLUSIVE lock on it and a SHARE lock"
                        + " on " + table.map(Name::toString).orElse("its table");
                case "table" -> "rebuilding the indexes of " + name + " takes a SHARE lock on it and an ACCESS"
                        + " EXCLUSIVE lock on each index";
                default -> "REINDEX " + target + " takes a SHARE lock on every table it covers and an ACCESS"
                        + " EXCLUSIVE lock on each index";
            };
            sink.report(what + ": inserts, updates and deletes wait for the whole rebuild, and so does every query"
                            + " that would use a locked index",
                    PgVersion.atLeast(context, 12, 0)
                            ? "use REINDEX " + (kind.isEmpty() ? "" : kind.toUpperCase(java.util.Locale.ROOT) + " ")
                                    + "CONCURRENTLY " + name + " in a migration of its own that runs outside a"
                                    + " transaction"
                            : "REINDEX CONCURRENTLY needs PostgreSQL 12; until then build a new index with CREATE"
                                    + " INDEX CONCURRENTLY, then drop the old one with DROP INDEX CONCURRENTLY");
        }
    }

    /** The table the REINDEX works on, when the schema replay can tell. */
    private static Optional<Name> tableOf(StatementContext context, String kind, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Name parsed = Name.parse(name);
        return switch (kind) {
            case "table" -> Optional.of(parsed);
            case "index" -> context.schemaBefore().index(parsed).map(i -> i.table());
            default -> Optional.empty();
        };
    }
}
