package dev.rollsafe.rules;

import dev.rollsafe.model.Dialect;

/** A timestamp (without time zone) column: it stores no offset, so its values mean whatever the writer's clock meant. */
@RuleInfo(id = "timestamp-without-time-zone", level = Level.WARNING,
        summary = "a timestamp without time zone column; use timestamptz",
        dialects = Dialect.POSTGRESQL, tags = {"style", "types"})
public final class TimestampWithoutTimeZoneRule implements Rule {

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (DeclaredColumn d : DeclaredColumn.of(context)) {
            if (!d.type().canonical().equals("timestamp")) {
                continue;
            }
            sink.report(d.where() + " is " + d.type() + " (timestamp without time zone): it keeps no time zone,"
                            + " so a value means different instants to clients in different zones",
                    "use timestamptz (timestamp with time zone): it stores an instant and converts to and from the"
                            + " session's TimeZone");
        }
    }
}
