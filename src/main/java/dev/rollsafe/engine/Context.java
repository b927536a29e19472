package dev.rollsafe.engine;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Schema;
import dev.rollsafe.model.Statement;
import dev.rollsafe.release.ReferenceIndex;
import dev.rollsafe.rules.StatementContext;
import java.util.function.Supplier;
import java.util.List;

/** The engine's {@link StatementContext}: one statement of one migration, with the replayed schema around it. */
record Context(Statement statement, List<Statement> migrationStatements, int index, String path, String layout,
               boolean inTransaction, Dialect dialect, String dbVersion, Schema schemaBefore,
               Schema schemaAtMigrationStart, Supplier<ReferenceIndex> referenceSupplier, int unitStart, int unitEnd)
        implements StatementContext {

    @Override
    public ReferenceIndex references() {
        return referenceSupplier.get();
    }
}
