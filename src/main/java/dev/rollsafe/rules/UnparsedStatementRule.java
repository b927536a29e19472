package dev.rollsafe.rules;

import dev.rollsafe.model.Statement;
import java.util.Arrays;

/**
 * A deploy statement that neither JSqlParser nor the fallback recognizer understood: every other rule is
 * blind to it, so the user must know that it was not checked.
 */
@RuleInfo(id = "unparsed-statement", level = Level.WARNING,
        summary = "statement rollsafe could not understand", tags = {"coverage"})
public final class UnparsedStatementRule implements Rule {

    private static final int FIRST_WORDS = 4;
    private static final int MAX_QUOTED = 60;

    @Override
    public void check(StatementContext context, FindingSink sink) {
        Statement statement = context.statement();
        if (statement.understood() || !statement.deploy()) {
            return;
        }
        String reason = statement.problem() == null || statement.problem().isBlank()
                ? "" : ": " + oneLine(statement.problem());
        sink.report("rollsafe could not understand `" + firstWords(statement.text()) + "`" + reason
                        + "; no other rule checked this statement",
                "check the statement's syntax for " + context.dialect().id()
                        + " (or run with the right --dialect); if it is valid, review it by hand");
    }

    /** The statement's first few words on one line, shortened at a word break to stay readable. */
    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+", FIRST_WORDS + 1);
        String head = String.join(" ", Arrays.asList(words).subList(0, Math.min(FIRST_WORDS, words.length)));
        boolean cut = words.length > FIRST_WORDS;
        if (head.length() > MAX_QUOTED) {
            int space = head.lastIndexOf(' ', MAX_QUOTED);
            head = head.substring(0, space > 0 ? space : MAX_QUOTED);
            cut = true;
        }
        return cut ? head + " ..." : head;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
