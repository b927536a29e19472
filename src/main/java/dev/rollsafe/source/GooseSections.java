package dev.rollsafe.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a goose file: {@code -- +goose Up} and {@code -- +goose Down} sections, {@code StatementBegin} /
 * {@code StatementEnd} blocks sent as one statement, and {@code -- +goose NO TRANSACTION}. Text before the
 * first section is not run by goose and is left out.
 */
final class GooseSections {
    private GooseSections() {
    }

    static boolean isGooseFile(String text) {
        for (TextLines.Line line : TextLines.of(text)) {
            String cmd = command(line.text());
            if (cmd != null && cmd.equals("up")) {
                return true;
            }
        }
        return false;
    }

    static List<Segment> cut(String text) {
        List<TextLines.Line> lines = TextLines.of(text);
        boolean transactional = true;
        for (TextLines.Line line : lines) {
            if ("no transaction".equals(command(line.text()))) {
                transactional = false;
            }
        }
        List<Segment> out = new ArrayList<>();
        Boolean deploy = null;
        boolean inBlock = false;
        int from = 0;
        for (TextLines.Line line : lines) {
            String cmd = command(line.text());
            if (cmd == null) {
                continue;
            }
            switch (cmd) {
                case "up":
                case "down":
                    add(out, text, from, line.start(), deploy, inBlock, transactional);
                    deploy = cmd.equals("up");
                    inBlock = false;
                    from = line.next();
                    break;
                case "statementbegin":
                    add(out, text, from, line.start(), deploy, false, transactional);
                    inBlock = true;
                    from = line.next();
                    break;
                case "statementend":
                    add(out, text, from, line.start(), deploy, inBlock, transactional);
                    inBlock = false;
                    from = line.next();
                    break;
                default:
                    break;
            }
        }
        add(out, text, from, text.length(), deploy, inBlock, transactional);
        return out;
    }

    private static void add(List<Segment> out, String text, int from, int to, Boolean deploy, boolean block,
                            boolean transactional) {
        if (deploy == null || to < from || (!block && TextLines.isBlank(text, from, to))) {
            return;
        }
        out.add(new Segment(from, to, deploy, transactional, block, null, deploy ? "up" : "down"));
    }

    /** The goose command of a directive line, lower case ("up", "statementbegin", ...), or null. */
    static String command(String line) {
        String t = line.strip();
        if (!t.startsWith("--")) {
            return null;
        }
        t = t.substring(2).stripLeading();
        if (!t.regionMatches(true, 0, "+goose", 0, 6)) {
            return null;
        }
        return t.substring(6).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
