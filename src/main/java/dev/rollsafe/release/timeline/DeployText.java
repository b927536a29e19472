package dev.rollsafe.release.timeline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a shipped migration's text that deploys. A shipped migration keeps the whole file (its down
 * section too) for goose and dbmate files; this cuts the down sections out by their directive lines, as the
 * source layer's section cutters do. Other layouts keep down steps in separate files, or (Liquibase) the text
 * is already the changeset's deploy part.
 */
final class DeployText {
    private static final Pattern GOOSE = Pattern.compile("(?im)^\\s*--\\s*\\+goose\\s+(up|down)\\b.*$");
    private static final Pattern DBMATE = Pattern.compile("(?im)^\\s*--\\s*migrate:(up|down)\\b.*$");

    private DeployText() {
    }

    static String of(String layout, String text) {
        if (text == null) {
            return null;
        }
        if ("goose".equals(layout)) {
            return upSections(GOOSE.matcher(text), text);
        }
        if ("dbmate".equals(layout)) {
            return upSections(DBMATE.matcher(text), text);
        }
        return text;
    }

    /** The text of the {@code up} sections; the whole text when there is no directive at all. */
    private static String upSections(Matcher m, String text) {
        StringBuilder out = new StringBuilder();
        boolean any = false;
        boolean up = false;
        int from = 0;
        while (m.find()) {
            if (up) {
                out.append(text, from, m.start());
            }
            any = true;
            up = m.group(1).toLowerCase(Locale.ROOT).equals("up");
            from = m.end();
        }
        if (!any) {
            return text;
        }
        if (up) {
            out.append(text, from, text.length());
        }
        return out.toString();
    }
}
