package dev.rollsafe.release.refs.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code %s} verbs of a Go {@code Sprintf} format with the names its arguments spell as string
 * literals: {@code fmt.Sprintf("DELETE FROM %s WHERE token = ?", "sessions")} and
 * {@code fmt.Sprintf("... %[1]s ...", corp.ContextualizeTableName(ctx, "sessions"))} both name the table
 * sessions. An argument that is not exactly one name-like literal leaves its verb a hole.
 */
final class GoFormat {
    private static final int MAX_ARGS_CHARS = 2_000;
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\n]*");
    private static final Pattern SPRINTF_BEFORE = Pattern.compile("Sprintf\\s*\\(\\s*$");
    private static final Pattern VERB = Pattern.compile("%%|%(?:\\[(\\d{1,2})])?([-+#0 ]*\\d*)([a-zA-Z])");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private GoFormat() {
    }

    static List<Literal> fill(String src, List<Literal> literals) {
        List<Literal> out = new ArrayList<>(literals.size());
        for (int i = 0; i < literals.size(); i++) {
            Literal l = literals.get(i);
            if (l.text().indexOf('%') >= 0 && isFormat(src, l)) {
                List<String> args = arguments(src, literals, i);
                out.add(new Literal(substitute(l.text(), args), l.start(), l.end()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean isFormat(String src, Literal l) {
        String before = src.substring(Math.max(0, l.start() - 200), l.start());
        return SPRINTF_BEFORE.matcher(LINE_COMMENT.matcher(before).replaceAll("")).find();
    }

    /** The argument names after the format (null for an argument that is no single name literal). */
    private static List<String> arguments(String src, List<Literal> literals, int format) {
        List<String> args = new ArrayList<>();
        int limit = Math.min(src.length(), literals.get(format).end() + MAX_ARGS_CHARS);
        int next = format + 1;
        int depth = 0;
        String value = null;
        int literalsInArg = 0;
        boolean inArg = false;
        for (int i = literals.get(format).end(); i < limit; i++) {
            if (next < literals.size() && literals.get(next).start() == i) {
                Literal a = literals.get(next++);
                literalsInArg++;
                value = a.text();
                i = a.end() - 1;
                continue;
            }
            char c = src.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                if (inArg) {
                    args.add(literalsInArg == 1 && NAME.matcher(value).matches() ? value : null);
                }
                if (c == ')') {
                    return args;
                }
                inArg = true;
                value = null;
                literalsInArg = 0;
            }
        }
        return args;
    }

    private static String substitute(String format, List<String> args) {
        Matcher m = VERB.matcher(format);
        StringBuilder out = new StringBuilder();
        int index = 0;
        while (m.find()) {
            if (m.group().equals("%%")) {
                m.appendReplacement(out, "%%");
                continue;
            }
            if (m.group(1) != null) {
                index = Integer.parseInt(m.group(1)) - 1;
            }
            String arg = index >= 0 && index < args.size() ? args.get(index) : null;
            index++;
            boolean text = "sv".indexOf(m.group(3).charAt(0)) >= 0 && m.group(2).isEmpty();
            m.appendReplacement(out, Matcher.quoteReplacement(arg != null && text ? arg : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
