package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PostgreSQL and MySQL repairs the locking rules attach to their findings ({@code check --fix}). */
final class Fixes {
    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b");
    private static final Pattern DROP_INDEX = Pattern.compile("(?is)^DROP\\s+INDEX\\b");
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

    private Fixes() {
    }

    static Fix createIndexConcurrently(StatementContext context) {
        return concurrently(context, CREATE_INDEX, "CREATE INDEX");
    }

    static Fix dropIndexConcurrently(StatementContext context) {
        Statement s = context.statement();
        if (s.text().matches("(?is).*\\bCASCADE\\s*$") || s.changes().size() != 1) {
            return Fix.noteOnly("DROP INDEX CONCURRENTLY drops one index and cannot CASCADE: split the statement");
        }
        return concurrently(context, DROP_INDEX, "DROP INDEX");
    }

    /**
     * Inserts CONCURRENTLY after INDEX, and what the layout needs to run the statement outside a transaction;
     * a note instead where the migration cannot run outside one as it is.
     */
    private static Fix concurrently(StatementContext context, Pattern head, String what) {
        Statement s = context.statement();
        Matcher m = head.matcher(s.text());
        if (!m.find()) {
            return Fix.noteOnly("cannot place CONCURRENTLY in this " + what + " (a comment inside its first words?)");
        }
        Fix.Edit keyword = new Fix.Edit(s.span().start() + m.end(), s.span().start() + m.end(), " CONCURRENTLY");
        boolean alone = context.migrationStatements().size() == 1;
        switch (context.layout()) {
            case "goose":
                if (!context.inTransaction()) {
                    return Fix.of(keyword);
                }
                return new Fix(List.of(new Fix.Edit(0, 0, "-- +goose NO TRANSACTION\n"), keyword),
                        "every statement of this goose migration now runs outside a transaction");
            case "flyway":
                // Flyway runs a migration of only non-transactional statements outside a transaction by itself
                return alone ? Fix.of(keyword) : Fix.noteOnly(what + " CONCURRENTLY cannot run in a transaction:"
                        + " move the statement into a Flyway migration of its own, then run --fix again");
            case "golang-migrate":
                // a file of a single statement runs outside a transaction; with more, PostgreSQL runs one implicitly
                return alone ? Fix.of(keyword) : Fix.noteOnly(what + " CONCURRENTLY cannot run in a transaction block: give it a golang-migrate"
                        + " migration of its own (a single statement), then add CONCURRENTLY by hand");
            default:
                return context.inTransaction()
                        ? Fix.noteOnly(what + " CONCURRENTLY cannot run in a transaction: move it into a migration of"
                                + " its own that runs outside one (" + context.layout() + "), then run --fix again")
                        : Fix.of(keyword);
        }
    }

    /** ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a statement of its own. */
    static Fix notValidThenValidate(StatementContext context, Change.AddConstraint ac) {
        Statement s = context.statement();
        if (ac.constraint().name() == null) {
            return Fix.noteOnly("the constraint has no name, so it cannot be validated later by name: name it");
        }
        if (s.changes().size() != 1) {
            return Fix.noteOnly("the statement does more than add the constraint: give the constraint an ALTER TABLE"
                    + " of its own, then run --fix again");
        }
        String validate = " NOT VALID;\nALTER TABLE " + sql(ac.table()) + " VALIDATE CONSTRAINT "
                + ident(ac.constraint().name());
        return new Fix(List.of(new Fix.Edit(s.span().end(), s.span().end(), validate)),
                context.inTransaction() ? "the validation runs in the same transaction: for the full benefit, move"
                        + " the VALIDATE CONSTRAINT statement into a later migration" : null);
    }

    /**
     * A lock timeout before the migration's first statement; none when the statement is an index build or drop
     * that its own rule repairs with CONCURRENTLY (which takes out the blocking lock, and which Flyway would
     * refuse to mix with a SET in one migration).
     */
    static Fix lockTimeoutFirst(StatementContext context) {
        if (context.dialect() == Dialect.POSTGRESQL && context.statement().changes().stream().anyMatch(c ->
                c instanceof Change.CreateIndex ci && !ci.concurrently() && !createIndexConcurrently(context).edits().isEmpty()
                        || c instanceof Change.DropIndex di && !di.concurrently() && PgVersion.atLeast(context, 9, 2)
                        && !dropIndexConcurrently(context).edits().isEmpty())) {
            return null;
        }
        Statement first = context.migrationStatements().get(0);
        String set = context.dialect() == Dialect.POSTGRESQL ? "SET lock_timeout = '5s';"
                : "SET SESSION lock_wait_timeout = 5;";
        return Fix.of(new Fix.Edit(first.span().start(), first.span().start(), set + "\n"));
    }

    /** The name as SQL: each part quoted unless it is a plain lower-case identifier. */
    private static String sql(Name name) {
        List<String> parts = new ArrayList<>();
        if (name.schema() != null) {
            parts.add(ident(name.schema()));
        }
        parts.add(ident(name.name()));
        return String.join(".", parts);
    }

    private static final java.util.Set<String> RESERVED = java.util.Set.of("user", "order", "group", "table",
            "select", "check", "default", "from", "where", "limit", "offset", "column", "constraint", "references",
            "primary", "foreign", "unique", "end", "all", "analyse", "analyze", "and", "or", "not", "to", "with");

    private static String ident(String id) {
        return PLAIN_NAME.matcher(id).matches() && !RESERVED.contains(id) ? id : "\"" + id.replace("\"", "\"\"") + "\"";
    }
}
