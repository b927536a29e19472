package dev.rollsafe.release.refs.sql;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.parse.QueryReference;
import dev.rollsafe.parse.QueryReferences;
import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one piece of text as a query (PostgreSQL first, then MySQL) and turns what it uses into references. */
final class Queries {
    static final int MAX_TEXT = 200;

    private Queries() {
    }

    static Optional<List<QueryReference>> read(String sql) {
        if (sql.length() < 8 || sql.indexOf(' ') < 0 && sql.indexOf('\n') < 0 && sql.indexOf('\t') < 0) {
            return Optional.empty();
        }
        Optional<List<QueryReference>> pg = QueryReferences.of(sql, Dialect.POSTGRESQL);
        return pg.isPresent() ? pg : QueryReferences.of(sql, Dialect.MYSQL);
    }

    /** The references of a query found at {@code line} of {@code path}. */
    static List<Reference> references(List<QueryReference> refs, String path, int line, String lineText,
                                      String finder) {
        String text = lineText.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        List<Reference> out = new ArrayList<>(refs.size());
        for (QueryReference q : refs) {
            out.add(new Reference(q.table(), q.column(), Usage.valueOf(q.usage().name()), path, line, text,
                    q.columnCertain() ? Confidence.EXACT : Confidence.LIKELY, finder));
        }
        return out;
    }

    /** The text of line {@code line} (1-based) of {@code src}. */
    static String lineText(String src, dev.rollsafe.parse.LineIndex lines, int line) {
        int s = lines.lineStart(line);
        int e = src.indexOf('\n', s);
        return src.substring(s, e < 0 ? src.length() : e);
    }
}
