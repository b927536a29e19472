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

    /**
     * Whether this statement runs inside a transaction: the one the framework opens for the migration (see
     * {@link #inFrameworkTransaction()}) or one the file opened itself with {@code BEGIN}.
     */
    boolean inTransaction();

    /** Whether the framework itself runs this statement inside a transaction (whatever the file's own BEGIN does). */
    default boolean inFrameworkTransaction() {
        return inTransaction();
    }

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
     * The unit the framework applies on its own for the statement at {@code statementIndex} of
     * {@link #migrationStatements()}: a Liquibase changeset's label; the empty string when the whole file is one
     * unit. Statements with different units are committed separately.
     */
    default String unitOf(int statementIndex) {
        return "";
    }

    /**
     * Where the statement's unit (see {@link #unitOf(int)}) starts in {@link #migrationStatements()}: the first
     * statement of its Liquibase changeset, else 0 (the whole file).
     */
    default int unitStart() {
        int start = index();
        while (start > 0 && unitOf(start - 1).equals(unitOf(index()))) {
            start--;
        }
        return start;
    }

    /** The index after the last statement of the statement's unit (see {@link #unitStart()}). */
    default int unitEnd() {
        int end = index() + 1;
        while (end < migrationStatements().size() && unitOf(end).equals(unitOf(index()))) {
            end++;
        }
        return end;
    }

    /** The statements of this migration before this one. */
    default List<Statement> earlierStatements() {
        return migrationStatements().subList(0, index());
    }
}
