package dev.rollsafe.release.refs.orm;

import dev.rollsafe.model.Name;

import java.util.Locale;

/** Name conversions the ORMs apply to class and field names, and the normalisation references use. */
final class Naming {
    private Naming() {
    }

    /**
     * Spring Boot's physical naming (CamelCaseToUnderscoresNamingStrategy): dots become underscores, an
     * underscore goes before an upper-case letter that has a lower-case letter on both sides, then lower case.
     * {@code createdAt} -> {@code created_at}, {@code SoftwareModule} -> {@code software_module},
     * {@code userID} -> {@code userid}.
     */
    static String springSnake(String name) {
        StringBuilder b = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < b.length() - 1; i++) {
            if (Character.isLowerCase(b.charAt(i - 1)) && Character.isUpperCase(b.charAt(i))
                    && Character.isLowerCase(b.charAt(i + 1))) {
                b.insert(i++, '_');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Go-style underscoring (pop's flect, gorm): an underscore before each upper-case letter that follows a
     * lower-case letter or digit, or that starts a new word after an acronym ({@code HTTPServer} ->
     * {@code http_server}), then lower case.
     */
    static String goSnake(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextLower)) {
                    b.append('_');
                }
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** English plural of the last word, the simple rules pop and gorm share for ordinary nouns; a word already
     * ending in a plural s ({@code params}) stays. */
    static String plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return word;
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return word + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /** An unquoted SQL name as the database sees it: quotes removed, folded unless double-quoted. */
    static String folded(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        int dot = lastDotOutsideQuotes(s);
        return Name.ident(dot < 0 ? s : s.substring(dot + 1));
    }

    /** A name the ORM always quotes (Prisma, Diesel, SQLAlchemy mixed case): its case is kept. */
    static String quoted(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        return s.startsWith("\"") || s.startsWith("`") ? Name.ident(s) : s;
    }

    private static int lastDotOutsideQuotes(String s) {
        char quote = 0;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '.') {
                last = i;
            }
        }
        return last;
    }
}
