package dev.rollsafe.deploy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a Helm template's {@code {{ }}} actions aside so that the rest reads as YAML: a line holding only actions
 * (if, end, range, include ... | nindent) becomes blank; an action inside a value becomes a plain token that keeps
 * the action's words ({@code {{ .Values.image.tag }}} reads {@code «.Values.image.tag»}), so that two images
 * written with different values still differ. Line numbers are kept.
 */
final class HelmText {
    private static final Pattern ACTION = Pattern.compile("\\{\\{-?(.*?)-?}}", Pattern.DOTALL);

    private HelmText() {
    }

    static boolean isTemplate(String text) {
        return text.contains("{{");
    }

    static String setAside(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String stripped = ACTION.matcher(line).replaceAll("").strip();
            if (line.contains("{{") && stripped.isEmpty()) {
                out.append('\n');
                continue;
            }
            Matcher m = ACTION.matcher(line);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String words = m.group(1).strip().replaceAll("[\"'`:#{}\\[\\],&*!|>%@]", " ").strip()
                        .replaceAll("\\s+", "_");
                m.appendReplacement(sb, Matcher.quoteReplacement("«" + words + "»"));
            }
            m.appendTail(sb);
            String done = sb.toString();
            int open = done.indexOf("{{");
            if (open >= 0) {
                done = done.substring(0, open); // an action that goes on to the next lines
            }
            out.append(done).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
