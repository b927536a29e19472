package dev.rollsafe.release.refs.sql;

import java.util.regex.Pattern;

/**
 * Tells, from the code around a Java or Kotlin literal, that it is JPQL/HQL rather than SQL: the query of
 * a Spring Data {@code @Query} without {@code nativeQuery = true}, of a {@code @NamedQuery}, or the
 * argument of {@code createQuery(...)}. JPQL names entities and fields, which the JPA finder maps to
 * tables; read as SQL they would be references to tables named like the entities.
 */
final class JpqlContext {
    private static final int LOOK = 300;
    private static final Pattern QUERY_ANNOTATION = Pattern.compile("@Query\\s*\\(([^()\"]*)$");
    private static final Pattern NATIVE = Pattern.compile("nativeQuery\\s*=\\s*true");
    private static final Pattern NATIVE_AFTER = Pattern.compile("^[^()]*?nativeQuery\\s*=\\s*true");
    private static final Pattern JPQL_CALL = Pattern.compile(
            "(?:\\bcreate(?:Selection|Mutation)?Query\\s*\\(|@NamedQuery\\s*\\([^()]*\\bquery\\s*=)\\s*$");

    private JpqlContext() {
    }

    static boolean isJpql(String src, Literal literal) {
        String before = src.substring(Math.max(0, literal.start() - LOOK), literal.start());
        if (JPQL_CALL.matcher(before).find()) {
            return true;
        }
        var m = QUERY_ANNOTATION.matcher(before);
        if (!m.find()) {
            return false;
        }
        String pre = m.group(1);
        if (NATIVE.matcher(pre).find()) {
            return false;
        }
        String after = src.substring(literal.end(), Math.min(src.length(), literal.end() + LOOK));
        return !NATIVE_AFTER.matcher(after).find();
    }
}
