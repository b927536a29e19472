package dev.rollsafe.rules;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.Schema;
import dev.rollsafe.model.Statement;
import dev.rollsafe.release.ReferenceIndex;
import java.util.List;

/** What a rule may know when it looks at one statement of a migration. */
public interface StatementContext {

    Statement statement();

    /** The migration's deploy statements, in order; {@code statement()} is at {@link #index()}. */
    List<Statement> migrationStatements();

    int index();

    /** Path of the migration file relative to the current directory, with {@code /}. */
    String path();

    /** The layout id, e.g. {@code flyway}. */
    String layout();

    /** Whether the framework runs this statement inside a transaction. */
    boolean inTransaction();

    Dialect dialect();

    /** The target database version from configuration or {@code --db-version}, or null when not given. */
    String dbVersion();

    /** The schema just before this statement. */
    Schema schemaBefore();

    /** The schema before this migration's first statement. */
    Schema schemaAtMigrationStart();

    /**
     * True when the table existed before this migration began (so it may hold rows and serve traffic). A
     * table the replay never saw created (a legacy table, a baseline outside the migrations) counts as existing.
     */
    default boolean tableExistedBeforeMigration(Name table) {
        return !tableCreatedInThisMigration(table);
    }

    /** True when the table was created earlier in this same migration (so it is new and empty). */
    default boolean tableCreatedInThisMigration(Name table) {
        return schemaBefore().createdSince(schemaAtMigrationStart(), table);
    }

    /**
     * The code references of the releases in the deploy window and of the working tree ({@code HEAD}), for
     * expand/contract verdicts. Read on first use; empty outside git.
     */
    default ReferenceIndex references() {
        return ReferenceIndex.empty();
    }

    /**
     * Where the unit the framework applies as one step starts in {@link #migrationStatements()}: the
     * Liquibase changeset the statement is in, else the whole file (0).
     */
    default int unitStart() {
        return 0;
    }

    /** The index after the last statement of the statement's unit (see {@link #unitStart()}). */
    default int unitEnd() {
        return migrationStatements().size();
    }

    /** The statements of this migration before this one. */
    default List<Statement> earlierStatements() {
        return migrationStatements().subList(0, index());
    }
}
