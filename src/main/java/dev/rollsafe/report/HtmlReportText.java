package dev.rollsafe.report;

/**
 * Text made safe for the HTML report. Every string that comes from outside (file names, SQL, messages, tags,
 * evidence) passes through {@link #escape} before it reaches the page, in element text and in attribute values
 * alike, so no input can open a tag, close an attribute or start a character reference. Characters HTML cannot
 * carry (C0 controls other than tab and line breaks, DEL, lone surrogates, noncharacters U+FFFE/U+FFFF) become
 * U+FFFD.
 */
final class HtmlReportText {

    private HtmlReportText() {
    }

    /** {@code text} escaped for element content and for a double- or single-quoted attribute value. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (unsafe(c)) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || Character.isSurrogate(c)
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /** At most {@code max} characters of {@code text}, with an ellipsis when cut (never inside a surrogate pair). */
    static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
