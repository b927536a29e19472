package dev.rollsafe.rules;

/**
 * A migration file that could not be read (not UTF-8, binary, unreadable, too large) was not checked,
 * yet the framework will still try to run it: an error, so that a gate does not pass by accident.
 */
@RuleInfo(id = "unreadable-file", level = Level.ERROR,
        summary = "migration file that rollsafe could not read, so nothing in it was checked",
        tags = {"input"})
public final class UnreadableFileRule implements Rule {

    @Override
    public void checkFile(FileContext context, FindingSink sink) {
        String reason = context.unreadableReason();
        if (reason == null) {
            return;
        }
        sink.report(context.problemSpan(), "migration " + context.path() + " could not be read: " + reason
                        + "; none of its statements were checked",
                "save the file as UTF-8 text (or remove it from the migration folder if it is not a migration)",
                java.util.List.of());
    }
}
