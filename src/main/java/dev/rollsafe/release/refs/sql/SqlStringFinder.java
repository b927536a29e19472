package dev.rollsafe.release.refs.sql;

import dev.rollsafe.parse.LineIndex;
import dev.rollsafe.parse.QueryReference;
import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReferenceFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL in string literals of Java, Kotlin, Go (including sqlc's generated {@code *.sql.go}), Python,
 * TypeScript/JavaScript, Ruby and Rust code: every literal (or simple concatenation) that parses as a
 * whole query yields the tables and columns it uses, at the line where the literal starts. Comments are
 * never read; log messages and prose do not parse as queries; JPQL ({@link JpqlContext}) is left to the
 * JPA finder.
 */
public final class SqlStringFinder implements ReferenceFinder {
    public static final String ID = "sql-string";

    /** Larger files are generated or minified: not read. */
    static final int MAX_FILE_CHARS = 4_000_000;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean accepts(String path) {
        return path != null && SourceLanguage.of(path) != null;
    }

    @Override
    public List<Reference> find(String path, String text) {
        SourceLanguage language = path == null ? null : SourceLanguage.of(path);
        if (language == null || text == null || text.length() > MAX_FILE_CHARS) {
            return List.of();
        }
        try {
            List<Reference> out = new ArrayList<>();
            LineIndex lines = null;
            for (Literal literal : language.literals(text)) {
                if (language.mayHoldJpql() && JpqlContext.isJpql(text, literal)) {
                    continue;
                }
                Optional<List<QueryReference>> refs = Queries.readScript(literal.text());
                if (refs.isEmpty()) {
                    continue;
                }
                if (lines == null) {
                    lines = new LineIndex(text);
                }
                int line = lines.line(literal.start());
                out.addAll(Queries.references(refs.get(), path, line, Queries.lineText(text, lines, line), ID));
            }
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }
}
