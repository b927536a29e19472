package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.Schema;
import dev.rollsafe.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * TRUNCATE ... CASCADE empties not only the tables it names but every table with a foreign key to them (and
 * every table referencing those, and so on), holding an ACCESS EXCLUSIVE lock on each until the transaction ends.
 */
@RuleInfo(id = "truncate-cascade", level = Level.ERROR,
        summary = "TRUNCATE ... CASCADE also empties every table with a foreign key to the named ones",
        dialects = Dialect.POSTGRESQL, tags = {"destructive", "locking"})
public final class TruncateCascadeRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (!(c instanceof Change.Truncate t) || !t.cascade()
                    || t.tables().stream().noneMatch(context::tableExistedBeforeMigration)) {
                continue;
            }
            String named = t.tables().stream().map(Name::toString).collect(Collectors.joining(", "));
            List<String> referencing = referencing(context.schemaBefore(), t.tables());
            sink.report("TRUNCATE " + named + " CASCADE also empties every table with a foreign key to "
                            + (t.tables().size() == 1 ? "it" : "them")
                            + (referencing.isEmpty() ? "" : " (" + String.join(", ", referencing) + ")")
                            + ", not only the tables named, under an ACCESS EXCLUSIVE lock on each",
                    "name every table to empty in the TRUNCATE without CASCADE (PostgreSQL then refuses if a table"
                            + " outside the list still references one), or DELETE the rows you mean to remove");
        }
    }

    /** The tables the replayed schema knows to reference the truncated ones (directly), other than those. */
    private static List<String> referencing(Schema schema, List<Name> truncated) {
        List<String> out = new ArrayList<>();
        for (Table table : schema.tables()) {
            if (truncated.stream().anyMatch(n -> same(n, table.name()))) {
                continue;
            }
            boolean refers = table.constraints().stream().anyMatch(k -> k.kind() == ConstraintDef.Kind.FOREIGN_KEY
                    && k.refTable() != null && truncated.stream().anyMatch(n -> same(n, k.refTable())));
            if (refers) {
                out.add(table.name().toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean same(Name a, Name b) {
        return a.name().equalsIgnoreCase(b.name());
    }
}
