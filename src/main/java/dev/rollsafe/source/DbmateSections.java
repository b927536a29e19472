package dev.rollsafe.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a dbmate file into its {@code -- migrate:up} and {@code -- migrate:down} sections. */
final class DbmateSections {
    private static final Pattern DIRECTIVE =
            Pattern.compile("^\\s*--\\s*migrate:(up|down)\\b(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_TX = Pattern.compile("\\btransaction:\\s*false\\b", Pattern.CASE_INSENSITIVE);

    private DbmateSections() {
    }

    static boolean isDbmateFile(String text) {
        for (TextLines.Line line : TextLines.of(text)) {
            if (DIRECTIVE.matcher(line.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    static List<Segment> cut(String text) {
        List<Segment> out = new ArrayList<>();
        String current = null;
        boolean transactional = true;
        int from = 0;
        for (TextLines.Line line : TextLines.of(text)) {
            Matcher m = DIRECTIVE.matcher(line.text());
            if (!m.matches()) {
                continue;
            }
            add(out, text, from, line.start(), current, transactional);
            current = m.group(1).toLowerCase(Locale.ROOT);
            transactional = !NO_TX.matcher(m.group(2)).find();
            from = line.next();
        }
        add(out, text, from, text.length(), current, transactional);
        return out;
    }

    private static void add(List<Segment> out, String text, int from, int to, String section, boolean tx) {
        if (section == null || TextLines.isBlank(text, from, to)) {
            return;
        }
        out.add(new Segment(from, to, section.equals("up"), tx, false, null, section));
    }
}
