package dev.rollsafe.release.refs.orm;

import java.util.ArrayList;
import java.util.List;

/** Token helpers for the Python finders (Django, SQLAlchemy): statements, brackets, and the arguments of a call. */
final class PythonTokens {
    private PythonTokens() {
    }

    /** One argument of a call: {@code name} is set for {@code name=value}; {@code value} is the rest. */
    record Arg(Token name, List<Token> value) {
        boolean positional() {
            return name == null;
        }

        /** The argument's only token when it is one string literal, else null. */
        Token string() {
            return value.size() == 1 && value.get(0).isString() ? value.get(0) : null;
        }
    }

    /** Statements: a new one starts at a line's first token outside brackets (or after ';'). */
    static List<List<Token>> statements(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> cur = null;
        int depth = 0;
        for (Token k : tokens) {
            if (cur == null || (depth <= 0 && k.lineStart())) {
                cur = new ArrayList<>();
                out.add(cur);
                depth = 0;
            }
            if (k.is(";") && depth <= 0) {
                cur = null;
                continue;
            }
            depth += delta(k);
            cur.add(k);
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    static int delta(Token k) {
        return k.is("(") || k.is("[") || k.is("{") ? 1 : k.is(")") || k.is("]") || k.is("}") ? -1 : 0;
    }

    /** The index of the bracket closing the one at {@code open} (the list's size when it is not closed). */
    static int close(List<Token> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            depth += delta(t.get(i));
            if (depth == 0) {
                return i;
            }
        }
        return t.size();
    }

    /** The arguments of the call whose '(' is at {@code open}. */
    static List<Arg> args(List<Token> t, int open) {
        int end = close(t, open);
        List<Arg> out = new ArrayList<>();
        int start = open + 1;
        int depth = 0;
        for (int i = open + 1; i <= end && i <= t.size(); i++) {
            Token k = i < t.size() ? t.get(i) : null;
            boolean last = i == end;
            if (!last) {
                depth += delta(k);
            }
            if (last || (depth == 0 && k.is(","))) {
                if (i > start) {
                    out.add(arg(t.subList(start, Math.min(i, t.size()))));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static Arg arg(List<Token> a) {
        boolean keyword = a.size() > 2 && a.get(0).isIdent() && a.get(1).is("=") && !a.get(2).is("=");
        return keyword ? new Arg(a.get(0), List.copyOf(a.subList(2, a.size()))) : new Arg(null, List.copyOf(a));
    }

    /** The first segment of a lookup path ({@code customer__name__icontains} -> {@code customer}). */
    static String firstSegment(String lookup) {
        int i = lookup.indexOf("__");
        return i < 0 ? lookup : lookup.substring(0, i);
    }
}
