package dev.rollsafe.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Span;
import dev.rollsafe.model.Statement;
import dev.rollsafe.parse.Recognition;
import dev.rollsafe.parse.Recognizer;
import dev.rollsafe.source.Layout;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which statements PostgreSQL refuses in a transaction block (checked with psql on 15), and the modes made of them. */
class TransactionModesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE INDEX CONCURRENTLY i ON t (a)|15|true",
            "CREATE INDEX i ON t (a)|15|false",
            "DROP INDEX CONCURRENTLY i|15|true",
            "REINDEX INDEX CONCURRENTLY i|15|true",
            "REINDEX INDEX i|15|false",
            "REINDEX SCHEMA public|15|true",
            "REINDEX DATABASE test|15|true",
            "VACUUM t|15|true",
            "VACUUM FULL ANALYZE t|15|true",
            "ANALYZE t|15|false",
            "ALTER SYSTEM SET work_mem = 4096|15|true",
            "CREATE DATABASE other|15|true",
            "DROP DATABASE other|15|true",
            "ALTER TYPE s ADD VALUE 'x'|11|true",
            "ALTER TYPE s ADD VALUE 'x'|12|false",
            "ALTER TYPE s ADD VALUE 'x'||false",
            "ALTER TABLE t ADD COLUMN b int|15|false",
    })
    void refusesTransactionBlock(String sql, String version, boolean refused) {
        assertEquals(refused, TransactionModes.refusesTransactionBlock(statement(sql), version));
    }

    @Test
    void flywayRunsAMigrationOfOnlyNonTransactionalStatementsOutsideOne() {
        assertArrayEquals(new boolean[] {false, false}, modes(Layout.FLYWAY,
                "CREATE INDEX CONCURRENTLY i ON t (a)", "VACUUM t"));
        assertArrayEquals(new boolean[] {true, true}, modes(Layout.FLYWAY,
                "CREATE INDEX CONCURRENTLY i ON t (a)", "ALTER TABLE t ADD COLUMN b int"));
    }

    @Test
    void golangMigrateRunsAFileOfOneStatementOutsideATransaction() {
        assertArrayEquals(new boolean[] {false}, modes(Layout.GOLANG_MIGRATE, "CREATE INDEX CONCURRENTLY i ON t (a)"));
        assertArrayEquals(new boolean[] {true, true}, modes(Layout.GOLANG_MIGRATE,
                "CREATE INDEX CONCURRENTLY i ON t (a)", "CREATE INDEX CONCURRENTLY j ON t (b)"));
    }

    @Test
    void otherLayoutsKeepWhatTheyDeclare() {
        assertArrayEquals(new boolean[] {true}, modes(Layout.GOOSE, "CREATE INDEX CONCURRENTLY i ON t (a)"));
    }

    private static boolean[] modes(Layout layout, String... sql) {
        List<ParsedStatement> deploy = Arrays.stream(sql).map(s -> new ParsedStatement(statement(s), true, null))
                .toList();
        return TransactionModes.framework(layout, deploy, Dialect.POSTGRESQL, "15");
    }

    private static Statement statement(String sql) {
        Recognition r = new Recognizer(Dialect.POSTGRESQL).recognize(sql);
        return new Statement(sql, new Span(0, sql.length(), 1, 1, 1, sql.length() + 1), List.of(), r.changes(),
                r.understood(), r.problem(), true);
    }
}
