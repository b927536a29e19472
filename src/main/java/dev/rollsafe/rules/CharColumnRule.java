package dev.rollsafe.rules;

import dev.rollsafe.model.Dialect;

/**
 * A char(n) / character(n) / bpchar column: blank-padded to its length, no faster than text or varchar.
 * PostgreSQL's internal single-byte {@code "char"} (with the quotes) is a different type and not flagged.
 */
@RuleInfo(id = "char-column", level = Level.WARNING,
        summary = "a char(n) column pads values with spaces and is no faster than text",
        dialects = Dialect.POSTGRESQL, tags = {"style", "types"})
public final class CharColumnRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (DeclaredColumn d : DeclaredColumn.of(context)) {
            if (!d.type().canonical().equals("char")) {
                continue;
            }
            String bare = d.type().args() != null ? ""
                    : d.type().name().endsWith("bpchar") ? " (without a length it pads nothing)"
                    : " (without a length it is char(1))";
            sink.report(d.where() + " is " + d.type() + bare + ", a blank-padded type: values are padded with"
                            + " spaces to the declared length and stored so, trailing spaces are ignored in comparisons"
                            + " and dropped on conversion to text, and it is no faster than text",
                    "use text (or varchar), with a CHECK on the length if it matters");
        }
    }
}
