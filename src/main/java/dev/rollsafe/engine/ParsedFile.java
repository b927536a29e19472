package dev.rollsafe.engine;

import dev.rollsafe.source.MigrationFile;
import java.util.List;

/** A migration file read into statements (all of them: deploy and down parts). */
record ParsedFile(MigrationFile file, List<ParsedStatement> statements) {
    ParsedFile {
        statements = List.copyOf(statements);
    }

    int unparsed() {
        int n = 0;
        for (ParsedStatement s : statements) {
            if (!s.statement().understood()) {
                n++;
            }
        }
        return n;
    }

    List<ParsedStatement> deployStatements() {
        return statements.stream().filter(s -> s.statement().deploy()).toList();
    }
}
