package dev.rollsafe.release.refs.sql;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.parse.QueryReference;
import dev.rollsafe.parse.QueryReferences;
import dev.rollsafe.parse.RawStatement;
import dev.rollsafe.parse.Splitter;
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

    /**
     * The references of a literal that may hold several statements ({@code "DELETE FROM a; DELETE FROM b"}):
     * each statement is read on its own; present when any of them is a query.
     */
    static Optional<List<QueryReference>> readScript(String sql) {
        int semi = sql.indexOf(';');
        if (semi < 0 || sql.substring(semi + 1).replace(";", "").isBlank()) {
            return read(sql);
        }
        List<QueryReference> all = new ArrayList<>();
        boolean any = false;
        for (RawStatement st : Splitter.split(sql, 0, sql.length(), Dialect.POSTGRESQL, null, false).statements()) {
            Optional<List<QueryReference>> refs = read(st.sql());
            if (refs.isPresent()) {
                any = true;
                for (QueryReference r : refs.get()) {
                    if (!all.contains(r)) {
                        all.add(r);
                    }
                }
            }
        }
        return any ? Optional.of(all) : Optional.empty();
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
