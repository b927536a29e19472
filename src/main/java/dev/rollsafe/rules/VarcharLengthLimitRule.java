package dev.rollsafe.rules;

import dev.rollsafe.model.Dialect;

/** A varchar(n) column: in PostgreSQL text is as fast, and a length rule is easier to change as a CHECK. */
@RuleInfo(id = "varchar-length-limit", level = Level.NOTE,
        summary = "a varchar(n) column where text with a CHECK on its length is easier to change",
        dialects = Dialect.POSTGRESQL, tags = {"style", "types"})
public final class VarcharLengthLimitRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (DeclaredColumn d : DeclaredColumn.of(context)) {
            if (!d.type().canonical().equals("varchar") || d.type().args() == null) {
                continue;
            }
            sink.report(d.where() + " is " + d.type() + ": the length limit is part of the type, so changing it"
                            + " means ALTER COLUMN TYPE under an ACCESS EXCLUSIVE lock (and a rewrite if it shrinks)",
                    "use text, and if the length matters add CHECK (char_length(" + d.column() + ") <= "
                            + d.type().args() + ") (NOT VALID on a big table, then VALIDATE CONSTRAINT)");
        }
    }
}
