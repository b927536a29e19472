package dev.rollsafe.parse;

import dev.rollsafe.model.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;

/**
 * The tables and columns a query in application code uses (a SQL string in Java, Go, Python, ..., or a
 * statement of a query file). Text counts as SQL only when JSqlParser reads all of it as one SELECT,
 * INSERT, UPDATE, DELETE or upsert, so log and error messages ("select a user from the list",
 * "Update failed: %s") yield nothing. A query that names no table ({@code SELECT 1}) yields nothing
 * too: it has nothing to report, and prose that happens to parse usually looks like that. JPQL/HQL that
 * shows itself as such ({@code SELECT u FROM User u}, {@code JOIN u.roles r}) yields nothing: its names are
 * entities and fields, which the ORM finders map to tables.
 */
public final class QueryReferences {

    /**
     * The identifier that stands for a hole in a query (a format verb, an interpolation): string
     * extractors put it where code splices something in; it parses as a name or a value and is never
     * reported.
     */
    public static final String PLACEHOLDER = "rollsafe_hole";

    /** Longer text is not looked at: no real query in code is this long. */
    static final int MAX_CHARS = 100_000;

    /** Watch-dog limit for one parse: far above any real query's time. */
    private static final long PARSE_LIMIT_MILLIS = 2_000;

    private static final Set<String> HEADS = Set.of("select", "with", "insert", "update", "delete", "replace",
            "upsert");

    /** Words that are no table or column in real queries but are everywhere in prose. */
    private static final Set<String> PROSE = Set.of("the", "a", "an", "this", "that", "these", "those", "my",
            "your", "our", "their", "its", "his", "her", "some", "any", "each", "every", "which", "what", "it");

    /**
     * Names of real tables and columns that JSqlParser 5.4 takes for keywords (measured: {@code FROM settings},
     * {@code SELECT uuid}); when a query fails to parse, they are quoted and it is tried once more.
     */
    private static final Pattern KEYWORD_NAMES = Pattern.compile(
            "(?<![\"`\\w$])(?i:settings|statement|uuid|prior|pivot|unpivot)(?![\"`\\w$])");

    private QueryReferences() {
    }

    /**
     * The references of {@code sql}, or empty when the text is not one whole query. Never throws.
     * A dialect other than the query's may fail to parse it: callers try another.
     */
    public static Optional<List<QueryReference>> of(String sql, Dialect dialect) {
        if (sql == null || sql.length() > MAX_CHARS || !startsLikeQuery(sql)) {
            return Optional.empty();
        }
        try {
            String text = stripTerminator(QueryParams.normalise(sql));
            Statement st = parse(text, dialect);
            if (st == null && KEYWORD_NAMES.matcher(text).find()) {
                String q = dialect.isMySqlFamily() ? "`" : "\"";
                st = parse(KEYWORD_NAMES.matcher(text)
                        .replaceAll(r -> q + r.group().toLowerCase(Locale.ROOT) + q), dialect);
            }
            if (st == null || (st instanceof Delete d && !d.isHasFrom())) {
                return Optional.empty();
            }
            QueryWalker walker = new QueryWalker();
            List<QueryReference> refs = walker.walk(st);
            if (refs == null || walker.isJpql() || refs.isEmpty() || refs.stream().anyMatch(QueryReferences::prose)) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(refs));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static Statement parse(String text, Dialect dialect) {
        return new JsqlParse(dialect, new Watchdog(PARSE_LIMIT_MILLIS)).parse(text, Lexemes.scan(text, dialect))
                .statement();
    }

    /** The first word is one that starts a query (comments and an opening parenthesis may come first). */
    static boolean startsLikeQuery(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (sql.startsWith("/*", i)) {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else {
                break;
            }
        }
        int s = i;
        while (i < n && i - s < 8 && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        if (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            return false;
        }
        return HEADS.contains(sql.substring(s, i).toLowerCase(Locale.ROOT));
    }

    private static String stripTerminator(String sql) {
        String s = sql.stripTrailing();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    private static boolean prose(QueryReference r) {
        return PROSE.contains(r.table()) || (r.column() != null && PROSE.contains(r.column()));
    }
}
