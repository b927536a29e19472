package dev.rollsafe.release.refs.sql;

import dev.rollsafe.parse.QueryReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins literals that code concatenates in the simple ways queries are written: {@code "a " + "b"}
 * across lines, Python's implicit {@code "a " "b"}, and {@code "a " + name + " b"} (a plain name or
 * getter call in between or at the end, which becomes a placeholder).
 */
final class Concatenation {
    private static final int MAX_GAP = 200;
    private static final Pattern PLUS = Pattern.compile("\\s*\\+\\s*");
    private static final Pattern ADJACENT = Pattern.compile("[\\s\\\\]*");
    private static final String NAME = "[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*(?:\\(\\s*\\))?";
    private static final Pattern PLUS_NAME_PLUS = Pattern.compile("\\s*\\+\\s*" + NAME + "\\s*\\+\\s*");
    /** A name appended last: {@code "... WHERE deleted = " + isDeleted;}. */
    private static final Pattern PLUS_NAME_END = Pattern.compile("\\s*\\+\\s*" + NAME + "\\s*[;),\\]}]");

    private Concatenation() {
    }

    static List<Literal> join(String src, List<Literal> literals, boolean plus, boolean adjacent) {
        if (literals.isEmpty() || !(plus || adjacent)) {
            return literals;
        }
        List<Literal> out = new ArrayList<>(literals.size());
        Literal cur = literals.get(0);
        for (int i = 1; i < literals.size(); i++) {
            Literal next = literals.get(i);
            String glue = glue(src, cur, next, plus, adjacent);
            if (glue == null) {
                out.add(cur);
                cur = next;
            } else {
                cur = new Literal(cur.text() + glue + next.text(), cur.start(), next.end());
            }
        }
        out.add(cur);
        if (plus) {
            out.replaceAll(l -> endsWithName(src, l)
                    ? new Literal(l.text() + QueryReferences.PLACEHOLDER, l.start(), l.end()) : l);
        }
        return out;
    }

    private static boolean endsWithName(String src, Literal l) {
        Matcher m = PLUS_NAME_END.matcher(src).region(l.end(), Math.min(src.length(), l.end() + MAX_GAP));
        return m.lookingAt();
    }

    /** What stands between the two values when they are one string, or null when they are not. */
    private static String glue(String src, Literal a, Literal b, boolean plus, boolean adjacent) {
        if (b.start() < a.end() || b.start() - a.end() > MAX_GAP) {
            return null;
        }
        String gap = src.substring(a.end(), b.start());
        if (plus && PLUS.matcher(gap).matches()) {
            return "";
        }
        if (adjacent && ADJACENT.matcher(gap).matches()) {
            return "";
        }
        if (plus && PLUS_NAME_PLUS.matcher(gap).matches()) {
            return QueryReferences.PLACEHOLDER;
        }
        return null;
    }
}
