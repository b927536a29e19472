package dev.rollsafe.rules;

import java.util.Arrays;

/**
 * A rule's human documentation, read from {@code rules/<id>.md}.
 *
 * @param id       the rule id
 * @param title    the text of the first {@code # } heading (the id when there is none)
 * @param summary  the first paragraph after the heading, joined into one line ("" when there is none)
 * @param markdown the whole file
 */
public record RuleDoc(String id, String title, String summary, String markdown) {

    /** The file without its first heading line: what follows the title. */
    public String body() {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("# ")) {
                return String.join("\n", Arrays.asList(lines).subList(i + 1, lines.length)).strip();
            }
            if (!lines[i].isBlank()) {
                break;
            }
        }
        return markdown.strip();
    }
}
