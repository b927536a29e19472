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
               boolean inTransaction, boolean inFrameworkTransaction, Dialect dialect, String dbVersion,
               Schema schemaBefore,
               Schema schemaAtMigrationStart, Supplier<ReferenceIndex> referenceSupplier, List<String> units)
        implements StatementContext {

    @Override
    public String unitOf(int statementIndex) {
        return units.get(statementIndex);
    }

    @Override
    public ReferenceIndex references() {
        return referenceSupplier.get();
    }
}
