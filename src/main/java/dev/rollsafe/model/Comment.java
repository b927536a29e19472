package dev.rollsafe.model;

/** A comment kept by the splitter, for directives such as suppressions and test expectations. */
public record Comment(String text, Span span, boolean block) implements java.io.Serializable {
    /** The comment without its markers ({@code --}, {@code #}, slash-star), trimmed. */
    public String body() {
        String t = text;
        if (block) {
            t = t.substring(2, Math.max(2, t.length() - 2));
        } else if (t.startsWith("--")) {
            t = t.substring(2);
        } else if (t.startsWith("#")) {
            t = t.substring(1);
        }
        return t.strip();
    }
}
