package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Guesses a set's dialect from its folder names, then from what its SQL looks like. */
final class DialectHints {
    private static final Pattern MYSQL_SIGNS =
            Pattern.compile("`|\\bENGINE\\s*=|\\bAUTO_INCREMENT\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PG_SIGNS =
            Pattern.compile("\\$\\$|\\b(?:BIG|SMALL)?SERIAL\\b|::|\\bCONCURRENTLY\\b", Pattern.CASE_INSENSITIVE);

    private DialectHints() {
    }

    /**
     * The dialect named by the nearest folder of {@code root} (below {@code base} when it lies there), e.g.
     * {@code jdbc-postgres}, {@code migration/MYSQL}, {@code mysql-default}; or null.
     */
    static Dialect fromFolders(Path root, Path base) {
        Path p = root.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        Path rel = p.startsWith(b) ? b.relativize(p) : p;
        for (int i = rel.getNameCount() - 1; i >= 0; i--) {
            Dialect d = fromName(rel.getName(i).toString());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static Dialect fromName(String name) {
        for (String token : name.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            switch (token) {
                case "postgres": case "postgresql": case "pg": case "pgsql": case "psql":
                    return Dialect.POSTGRESQL;
                case "mysql":
                    return Dialect.MYSQL;
                case "mariadb":
                    return Dialect.MARIADB;
                default:
                    break;
            }
        }
        return null;
    }

    /** The dialect most files look written for, or null when nothing tells. */
    static Dialect sniff(List<String> texts) {
        int mysql = 0;
        int pg = 0;
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            if (MYSQL_SIGNS.matcher(t).find()) {
                mysql++;
            }
            if (PG_SIGNS.matcher(t).find()) {
                pg++;
            }
        }
        if (mysql == pg) {
            return null;
        }
        return mysql > pg ? Dialect.MYSQL : Dialect.POSTGRESQL;
    }
}
