package dev.rollsafe.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A possibly schema-qualified object name, normalised: quotes removed, unquoted parts folded to lower
 * case (PostgreSQL folds unquoted names; MySQL compares table names case-insensitively on most systems,
 * so folding is the useful approximation there too). {@code schema} is null when the name is not qualified.
 */
public record Name(String schema, String name) implements java.io.Serializable {
    public Name {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
    }

    public static Name of(String name) {
        return new Name(null, name);
    }

    /** Parses {@code a}, {@code "A"}, {@code `a`}, {@code s.a}, {@code "s"."A"}; the last part is the name. */
    public static Name parse(String raw) {
        List<String> parts = splitQualified(raw);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty name: " + raw);
        }
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
        return new Name(schema, name);
    }

    /** Normalises one identifier: strips quotes ("", ``, []) and folds it to lower case unless double-quoted. */
    public static String ident(String raw) {
        String s = raw.strip();
        if (s.length() >= 2) {
            char a = s.charAt(0);
            char b = s.charAt(s.length() - 1);
            if (a == '"' && b == '"') {
                return s.substring(1, s.length() - 1).replace("\"\"", "\"");
            }
            if (a == '`' && b == '`') {
                return s.substring(1, s.length() - 1).replace("``", "`").toLowerCase(Locale.ROOT);
            }
            if (a == '[' && b == ']') {
                return s.substring(1, s.length() - 1).toLowerCase(Locale.ROOT);
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    static List<String> splitQualified(String raw) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        String s = raw.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                cur.append(c);
                if (c == quote) {
                    if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                        cur.append(s.charAt(++i));
                    } else {
                        quote = 0;
                    }
                }
            } else if (c == '"' || c == '`') {
                quote = c;
                cur.append(c);
            } else if (c == '.') {
                parts.add(ident(cur.toString()));
                cur.setLength(0);
            } else if (!Character.isWhitespace(c)) {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            parts.add(ident(cur.toString()));
        }
        return parts;
    }

    /** The name without its schema: tables are looked up by this in the schema model. */
    public Name unqualified() {
        return schema == null ? this : new Name(null, name);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
