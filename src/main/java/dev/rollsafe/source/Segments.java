package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a file's text into the segments its framework runs, with each segment's transaction mode. */
final class Segments {
    private static final Pattern ATLAS_TXMODE = Pattern.compile("(?im)^\\s*--\\s*atlas:txmode\\s+(\\w+)");
    private static final Pattern ATLAS_DELIMITER =
            Pattern.compile("(?im)^[ \\t]*--[ \\t]*atlas:delimiter[ \\t]+(.+?)[ \\t]*$");

    private Segments() {
    }

    static List<Segment> cut(Layout layout, String text, Planned file, Dialect dialect) {
        switch (layout) {
            case GOOSE:
                return GooseSections.cut(text);
            case DBMATE:
                return DbmateSections.cut(text);
            case LIQUIBASE:
                // a plain .sql beside formatted ones is run whole by an XML/YAML changelog's <sqlFile>
                return LiquibaseChangesets.isLiquibaseFile(text) ? LiquibaseChangesets.cut(text)
                        : whole(text, file, true);
            case ATLAS:
                return atlas(text);
            case GOLANG_MIGRATE:
                // no transaction of its own; PostgreSQL runs the multi-statement string as one implicit one
                // (the engine's TransactionModes takes a file of a single statement out of it)
                return whole(text, file, dialect == Dialect.POSTGRESQL);
            case DJANGO:
                // Django wraps an atomic migration in a transaction only where DDL can be rolled back (PostgreSQL)
                return whole(text, file, dialect == Dialect.POSTGRESQL
                        && (file.transactional() == null || file.transactional()));
            case FLYWAY: // a file of only non-transactional statements: see the engine's TransactionModes
            case DIESEL:
            case POPX:
                return whole(text, file, file.transactional() == null || file.transactional());
            default:
                return whole(text, file, file.transactional() != null && file.transactional());
        }
    }

    private static List<Segment> whole(String text, Planned file, boolean transactional) {
        return List.of(new Segment(0, text.length(), file.deploy(), transactional, false, null, null));
    }

    private static List<Segment> atlas(String text) {
        Matcher tx = ATLAS_TXMODE.matcher(text);
        boolean transactional = !(tx.find() && tx.group(1).equalsIgnoreCase("none"));
        Matcher d = ATLAS_DELIMITER.matcher(text);
        String delimiter = d.find() ? d.group(1).replace("\\n", "\n") : null;
        return List.of(new Segment(0, text.length(), true, transactional, false, delimiter, null));
    }
}
