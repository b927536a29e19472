package dev.rollsafe.fix;

import static dev.rollsafe.fix.FixHarness.check;
import static dev.rollsafe.fix.FixHarness.fix;
import static dev.rollsafe.fix.FixHarness.ids;
import static dev.rollsafe.fix.FixHarness.read;
import static dev.rollsafe.fix.FixHarness.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fix: check, apply, check again (the finding is gone, nothing new, every statement still parses, the
 * rest of the text unchanged, shown by comparing with the whole expected file), then run it on PostgreSQL.
 */
class FixTest {
    private static final String TABLES = "CREATE TABLE parent (id bigint PRIMARY KEY);\n"
            + "CREATE TABLE child (id bigint PRIMARY KEY, p int, a int);\n";
    private static final String V1 = "db/migration/V1__tables.sql";
    private static final String V2 = "db/migration/V2__change.sql";

    @TempDir
    Path dir;

    /** Fixes V2 of a Flyway set and returns the notes; checks before and after. */
    private List<String> fixFlyway(String v2, List<String> before, String expected) throws Exception {
        write(dir, V1, TABLES);
        write(dir, V2, v2);
        CheckResult first = check(dir, Dialect.POSTGRESQL);
        FixHarness.assertLayout(first, V2, "flyway");
        assertEquals(before, ids(first, V2));
        List<String> notes = fix(dir, first);
        assertEquals(expected, read(dir, V2));
        CheckResult again = check(dir, Dialect.POSTGRESQL);
        assertEquals(List.of(), ids(again, V2), "still found after the fix");
        assertEquals(List.of(), ids(again, V1));
        assertTrue(again.files().stream().allMatch(f -> f.unparsed() == 0), again.files().toString());
        assertEquals(TABLES, read(dir, V1));
        return notes;
    }

    @Test
    void createIndexAloneInFlywayGetsConcurrently() throws Exception {
        fixFlyway("-- the index for lookups\nCREATE INDEX child_a ON child (a);\n",
                List.of("create-index-blocks-writes", "missing-lock-timeout"),
                "-- the index for lookups\nCREATE INDEX CONCURRENTLY child_a ON child (a);\n");
        FixHarness.runOnServer(List.of(TABLES, read(dir, V2)), List.of(true, false));
    }

    @Test
    void uniqueIndexToo() throws Exception {
        fixFlyway("create unique index child_a on child (a)",
                List.of("create-index-blocks-writes", "missing-lock-timeout"),
                "create unique index CONCURRENTLY child_a on child (a)");
    }

    @Test
    void dropIndexAloneInFlywayGetsConcurrently() throws Exception {
        String tables = TABLES + "CREATE INDEX child_a ON child (a);\n";
        write(dir, V1, tables);
        write(dir, V2, "DROP INDEX child_a;\n");
        CheckResult first = check(dir, Dialect.POSTGRESQL);
        // missing-lock-timeout does not know the table of a DROP INDEX, so only the one finding
        assertEquals(List.of("drop-index-blocks-writes"), ids(first, V2));
        assertEquals(List.of(), fix(dir, first));
        assertEquals("DROP INDEX CONCURRENTLY child_a;\n", read(dir, V2));
        assertEquals(List.of(), ids(check(dir, Dialect.POSTGRESQL), V2));
        FixHarness.runOnServer(List.of(tables, read(dir, V2)), List.of(true, false));
    }

    @Test
    void indexInAFlywayMigrationWithOtherStatementsIsLeftWithANote() throws Exception {
        write(dir, V1, TABLES);
        String v2 = "CREATE TABLE other (id int);\nCREATE INDEX child_a ON child (a);\n";
        write(dir, V2, v2);
        CheckResult first = check(dir, Dialect.POSTGRESQL);
        assertEquals(List.of("create-index-blocks-writes", "missing-lock-timeout"), ids(first, V2));
        List<String> notes = fix(dir, first);
        assertTrue(notes.stream().anyMatch(n -> n.contains("create-index-blocks-writes: not fixed")
                && n.contains("Flyway migration of its own")), notes.toString());
        // the lock timeout is still added: the index build keeps its blocking lock
        assertEquals("SET lock_timeout = '5s';\nCREATE TABLE other (id int);\nCREATE INDEX child_a ON child (a);\n",
                read(dir, V2));
        assertEquals(List.of("create-index-blocks-writes"), ids(check(dir, Dialect.POSTGRESQL), V2));
    }

    @Test
    void golangMigrateFileOfOneIndexGetsConcurrentlyAndOneWithMoreGetsANote() throws Exception {
        write(dir, "migrations/1_tables.up.sql", TABLES);
        String alone = "migrations/2_index.up.sql";
        String two = "migrations/3_indexes.up.sql";
        write(dir, alone, "CREATE INDEX child_a ON child (a);\n");
        write(dir, two, "CREATE INDEX child_p ON child (p);\nCREATE INDEX child_ap ON child (a, p);\n");
        CheckResult first = check(dir, Dialect.POSTGRESQL);
        FixHarness.assertLayout(first, alone, "golang-migrate");
        List<String> notes = fix(dir, first);
        // one statement: sent alone, outside any transaction, so CONCURRENTLY works as it is
        assertEquals("CREATE INDEX CONCURRENTLY child_a ON child (a);\n", read(dir, alone));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith(two) && n.contains("golang-migrate migration of its own")),
                notes.toString());
        CheckResult again = check(dir, Dialect.POSTGRESQL);
        assertEquals(List.of(), ids(again, alone));
        assertFalse(ids(again, two).contains("concurrent-index-in-transaction"), ids(again, two).toString());
    }

    @Test
    void gooseIndexGetsConcurrentlyAndNoTransaction() throws Exception {
        String tables = "-- +goose Up\n" + TABLES + "-- +goose Down\nDROP TABLE child;\nDROP TABLE parent;\n";
        String v2 = "-- +goose Up\nCREATE INDEX child_a ON child (a);\n\n-- +goose Down\nDROP INDEX child_a;\n";
        write(dir, "migrations/00001_tables.sql", tables);
        write(dir, "migrations/00002_index.sql", v2);
        String path = "migrations/00002_index.sql";
        CheckResult first = check(dir, Dialect.POSTGRESQL);
        FixHarness.assertLayout(first, path, "goose");
        assertEquals(List.of("create-index-blocks-writes", "missing-lock-timeout"), ids(first, path));
        List<String> notes = fix(dir, first);
        assertEquals(1, notes.size(), notes.toString());
        assertEquals("-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY child_a ON child (a);\n\n"
                + "-- +goose Down\nDROP INDEX child_a;\n", read(dir, path));
        CheckResult again = check(dir, Dialect.POSTGRESQL);
        assertEquals(List.of(), ids(again, path));
        assertTrue(again.files().stream().allMatch(f -> f.unparsed() == 0), again.files().toString());
        String up = read(dir, path).split("-- \\+goose Down")[0];
        FixHarness.runOnServer(List.of(TABLES, up), List.of(true, false));
    }

    @Test
    void foreignKeyGetsNotValidThenValidate() throws Exception {
        fixFlyway("ALTER TABLE child ADD CONSTRAINT child_p_fk FOREIGN KEY (p) REFERENCES parent (id);\n",
                List.of("add-foreign-key-blocks-writes", "missing-lock-timeout"),
                "SET lock_timeout = '5s';\nALTER TABLE child ADD CONSTRAINT child_p_fk FOREIGN KEY (p) REFERENCES"
                        + " parent (id) NOT VALID;\nALTER TABLE child VALIDATE CONSTRAINT child_p_fk;\n");
        FixHarness.runOnServer(List.of(TABLES, read(dir, V2)), List.of(true, true));
    }

    @Test
    void checkGetsNotValidThenValidateWithQuotedNames() throws Exception {
        fixFlyway("alter table child add constraint \"Positive\" check (a > 0)",
                List.of("add-check-blocks-writes", "missing-lock-timeout"),
                "SET lock_timeout = '5s';\nalter table child add constraint \"Positive\" check (a > 0) NOT VALID;\n"
                        + "ALTER TABLE child VALIDATE CONSTRAINT \"Positive\"");
        FixHarness.runOnServer(List.of(TABLES, read(dir, V2)), List.of(true, true));
    }

    @Test
    void unnamedConstraintIsLeftWithANote() throws Exception {
        write(dir, V1, TABLES);
        write(dir, V2, "ALTER TABLE child ADD CHECK (a > 0);\n");
        CheckResult first = check(dir, Dialect.POSTGRESQL);
        assertEquals(List.of("add-check-blocks-writes", "missing-lock-timeout"), ids(first, V2));
        List<String> notes = fix(dir, first);
        assertTrue(notes.stream().anyMatch(n -> n.contains("no name")), notes.toString());
        assertEquals("SET lock_timeout = '5s';\nALTER TABLE child ADD CHECK (a > 0);\n", read(dir, V2));
        assertEquals(List.of("add-check-blocks-writes"), ids(check(dir, Dialect.POSTGRESQL), V2));
    }

    @Test
    void lockTimeoutAloneBeforeTheFirstStatement() throws Exception {
        fixFlyway("-- a column\nALTER TABLE child ADD COLUMN b int;\nALTER TABLE child DROP COLUMN b;\n",
                List.of("missing-lock-timeout", "missing-lock-timeout"), // both share the one SET
                "-- a column\nSET lock_timeout = '5s';\nALTER TABLE child ADD COLUMN b int;\n"
                        + "ALTER TABLE child DROP COLUMN b;\n");
        FixHarness.runOnServer(List.of(TABLES, read(dir, V2)), List.of(true, true));
    }

    @Test
    void mysqlLockTimeoutUsesLockWaitTimeout() throws Exception {
        write(dir, V1, "CREATE TABLE child (id int PRIMARY KEY, a int);\n");
        write(dir, V2, "ALTER TABLE child ADD COLUMN b int;\n");
        CheckResult first = check(dir, Dialect.MYSQL);
        assertEquals(List.of("missing-lock-timeout"), ids(first, V2));
        fix(dir, first);
        assertEquals("SET SESSION lock_wait_timeout = 5;\nALTER TABLE child ADD COLUMN b int;\n", read(dir, V2));
        assertEquals(List.of(), ids(check(dir, Dialect.MYSQL), V2));
    }

    @Test
    void cleanMigrationIsNotTouched() throws Exception {
        write(dir, V1, TABLES);
        write(dir, V2, "CREATE TABLE other (id int);\n");
        CheckResult first = check(dir, Dialect.POSTGRESQL);
        assertEquals(List.of(), ids(first, V2));
        assertEquals(List.of(), fix(dir, first));
        assertEquals("CREATE TABLE other (id int);\n", read(dir, V2));
    }
}
