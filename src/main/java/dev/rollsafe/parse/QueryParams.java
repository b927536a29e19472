package dev.rollsafe.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the parameter forms that application code puts into SQL and JSqlParser does not read, so
 * that real queries still parse: MyBatis {@code #{x}} and sqlc's {@code sqlc.arg(x)} become {@code ?};
 * template and format holes ({@code ${x}}, {@code %s}, {@code %d}, {@code %v}, Go's {@code %[1]s},
 * {@code %(name)s}, the fields {@code {}} and {@code {name}} of Rust's {@code format!} and Python's
 * {@code str.format}) become the identifier {@link QueryReferences#PLACEHOLDER}, which may stand for a
 * value or a name and is never reported. JDBC {@code ?}, PostgreSQL {@code $1} and named {@code :name}
 * parameters are left as they are (JSqlParser reads them).
 */
final class QueryParams {
    private static final Pattern HOLES = Pattern.compile(String.join("|",
            "sqlc\\.(?:n?arg|slice)\\(\\s*[A-Za-z0-9_'\"]{1,80}\\s*\\)",
            "#\\{[^{}\\n]{0,200}}",
            "\\$\\{[^{}\\n]{0,200}}",
            "\\{[A-Za-z0-9_.:?]{0,60}}",
            "%\\([A-Za-z_][A-Za-z0-9_]{0,60}\\)[sdr]",
            "%%",
            "%(?:\\[\\d{1,2}])?[-+#0]?\\d{0,3}[sdvqifx]"));

    private QueryParams() {
    }

    static String normalise(String sql) {
        if (sql.indexOf('%') < 0 && sql.indexOf('{') < 0 && !sql.contains("sqlc.")) {
            return sql;
        }
        Matcher m = HOLES.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 16);
        while (m.find()) {
            String hole = m.group();
            String by = hole.startsWith("#{") || hole.startsWith("sqlc.") ? "?"
                    : hole.equals("%%") ? "%" : QueryReferences.PLACEHOLDER;
            m.appendReplacement(out, Matcher.quoteReplacement(by));
        }
        m.appendTail(out);
        return out.toString();
    }
}
