package dev.rollsafe.engine;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Statement;
import dev.rollsafe.parse.python.DjangoReader;
import dev.rollsafe.source.MigrationFile;
import dev.rollsafe.source.MigrationSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Django set's files in order with one reader, which carries the models' state from migration to migration
 * (so they are read together, not one by one from the parse cache).
 */
final class DjangoSetParser {
    private DjangoSetParser() {
    }

    static List<ParsedFile> parse(MigrationSet set, Dialect dialect) {
        DjangoReader reader = new DjangoReader(dialect);
        List<ParsedFile> out = new ArrayList<>();
        for (MigrationFile file : set.files()) {
            if (!file.readable() || file.segments().isEmpty()) {
                out.add(new ParsedFile(file, List.of()));
                continue;
            }
            boolean transactional = file.segments().get(0).transactional();
            List<ParsedStatement> statements = new ArrayList<>();
            for (Statement s : reader.read(file.text(), appLabel(file))) {
                statements.add(new ParsedStatement(s, transactional, null));
            }
            out.add(new ParsedFile(file, statements));
        }
        return out;
    }

    /** The app label of {@code app.0001_name}. */
    static String appLabel(MigrationFile file) {
        String id = file.identity();
        int dot = id == null ? -1 : id.indexOf('.');
        return dot > 0 ? id.substring(0, dot) : "app";
    }
}
