package dev.rollsafe.release.refs.sql;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.parse.LineIndex;
import dev.rollsafe.parse.QueryReference;
import dev.rollsafe.parse.RawStatement;
import dev.rollsafe.parse.Splitter;
import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReferenceFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Queries in {@code .sql} files that are not migrations (sqlc query files, {@code queries/*.sql}): each
 * statement's tables and columns at the statement's first line. The caller decides which {@code .sql}
 * files are migrations and keeps them away from this finder.
 */
public final class SqlFileFinder implements ReferenceFinder {
    public static final String ID = "sql-file";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean accepts(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    @Override
    public List<Reference> find(String path, String text) {
        if (text == null || text.length() > SqlStringFinder.MAX_FILE_CHARS) {
            return List.of();
        }
        try {
            Dialect dialect = text.indexOf('`') >= 0 ? Dialect.MYSQL : Dialect.POSTGRESQL;
            LineIndex lines = new LineIndex(text);
            List<RawStatement> statements = new Splitter(text, lines, dialect)
                    .split(0, text.length(), null, false).statements();
            List<Reference> out = new ArrayList<>();
            for (RawStatement st : statements) {
                Optional<List<QueryReference>> refs = Queries.read(st.sql());
                if (refs.isPresent()) {
                    int line = st.span().line();
                    out.addAll(Queries.references(refs.get(), path, line, Queries.lineText(text, lines, line), ID));
                }
            }
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }
}
