package dev.rollsafe.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a Liquibase formatted SQL file: each {@code --changeset author:id} is a deploy segment labelled
 * {@code author:id}; each {@code --rollback} line and each {@code /* liquibase rollback ... *}{@code /} block
 * is a segment with deploy=false and the same label.
 */
final class LiquibaseChangesets {
    private static final Pattern HEADER = Pattern.compile("^\\s*--\\s*liquibase\\s+formatted\\s+sql\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGESET = Pattern.compile(
            "^\\s*--\\s*changeset\\s+(\"[^\"]*\"|[^:\\s]+)\\s*:\\s*(\"[^\"]*\"|\\S+)(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+):(\"[^\"]*\"|\\S+)");
    private static final Pattern ROLLBACK_LINE = Pattern.compile("^\\s*--\\s*rollback\\b\\s?(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK_BLOCK = Pattern.compile("^\\s*/\\*\\s*liquibase\\s+rollback\\b.*$",
            Pattern.CASE_INSENSITIVE);

    private LiquibaseChangesets() {
    }

    static boolean isLiquibaseFile(String text) {
        // only the first non-blank line matters: find it without splitting the whole file into lines
        int i = 0;
        int n = text.length();
        while (i < n) {
            int e = i;
            while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
                e++;
            }
            if (!TextLines.isBlank(text, i, e)) {
                return HEADER.matcher(text.substring(i, e)).matches();
            }
            i = e + 1;
        }
        return false;
    }

    /** The attributes of one changeset. */
    private record Changeset(String label, boolean transactional, boolean single, String delimiter) {
    }

    static List<Segment> cut(String text) {
        List<Segment> out = new ArrayList<>();
        List<TextLines.Line> lines = TextLines.of(text);
        Changeset cs = null;
        int from = -1;
        int i = 0;
        while (i < lines.size()) {
            TextLines.Line line = lines.get(i);
            Matcher m = CHANGESET.matcher(line.text());
            if (m.matches()) {
                up(out, text, cs, from, line.start());
                cs = changeset(m);
                from = line.next();
                i++;
                continue;
            }
            if (cs == null) {
                i++;
                continue;
            }
            Matcher r = ROLLBACK_LINE.matcher(line.text());
            if (r.matches()) {
                up(out, text, cs, from, line.start());
                int start = line.start() + r.start(1);
                String sql = r.group(1).strip().toLowerCase(Locale.ROOT);
                if (!sql.isEmpty() && !sql.equals("not required") && !sql.equals("empty")) {
                    out.add(new Segment(start, line.end(), false, cs.transactional(), cs.single(), cs.delimiter(),
                            cs.label()));
                }
                from = line.next();
                i++;
                continue;
            }
            if (ROLLBACK_BLOCK.matcher(line.text()).matches()) {
                up(out, text, cs, from, line.start());
                int start = line.next();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).text().contains("*/")) {
                    j++;
                }
                int end = j < lines.size() ? lines.get(j).start() + lines.get(j).text().indexOf("*/") : text.length();
                if (end > start && !TextLines.isBlank(text, start, end)) {
                    out.add(new Segment(start, end, false, cs.transactional(), cs.single(), cs.delimiter(),
                            cs.label()));
                }
                from = j < lines.size() ? lines.get(j).next() : text.length();
                i = j + 1;
                continue;
            }
            i++;
        }
        up(out, text, cs, from, text.length());
        return out;
    }

    private static void up(List<Segment> out, String text, Changeset cs, int from, int to) {
        if (cs == null || from < 0 || to <= from || TextLines.isBlank(text, from, to)) {
            return;
        }
        out.add(new Segment(from, to, true, cs.transactional(), cs.single(), cs.delimiter(), cs.label()));
    }

    private static Changeset changeset(Matcher m) {
        String label = unquote(m.group(1)) + ":" + unquote(m.group(2));
        boolean transactional = true;
        boolean single = false;
        String delimiter = null;
        Matcher a = ATTRIBUTE.matcher(m.group(3));
        while (a.find()) {
            String key = a.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(a.group(2));
            switch (key) {
                case "runintransaction":
                    transactional = !value.equalsIgnoreCase("false");
                    break;
                case "splitstatements":
                    single = value.equalsIgnoreCase("false");
                    break;
                case "enddelimiter":
                    delimiter = value;
                    break;
                default:
                    break;
            }
        }
        return new Changeset(label, transactional, single, delimiter);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
