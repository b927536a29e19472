package dev.rollsafe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.parse.Recognition;
import dev.rollsafe.parse.Recognizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of the list, with the statements it names, through the real recognizer: one
 * class per statement, the most severe of its actions.
 */
class ClassificationTest {

    private static StatementClass classify(String dialect, String sql) {
        Recognition r = new Recognizer(Dialect.parse(dialect).orElseThrow()).recognize(sql);
        Statement s = new Statement(sql, new Span(0, sql.length(), 1, 1, 1, sql.length() + 1), List.of(),
                r.changes(), r.understood(), r.problem(), true);
        return s.statementClass();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        additive    | postgresql | CREATE TABLE t (id int)
        additive    | postgresql | ALTER TABLE t ADD COLUMN c text
        additive    | postgresql | ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0
        additive    | postgresql | CREATE INDEX CONCURRENTLY i ON t (c)
        additive    | postgresql | CREATE VIEW v AS SELECT 1
        additive    | postgresql | CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql
        additive    | mysql      | ALTER TABLE t ADD COLUMN c varchar(10) NULL
        destructive | postgresql | DROP TABLE t
        destructive | postgresql | ALTER TABLE t DROP COLUMN c
        destructive | postgresql | DROP VIEW v
        destructive | postgresql | DROP FUNCTION f()
        destructive | postgresql | DROP TYPE mood
        destructive | postgresql | ALTER TABLE t RENAME TO u
        destructive | postgresql | ALTER TABLE t RENAME COLUMN a TO b
        destructive | postgresql | TRUNCATE t
        destructive | mysql      | ALTER TABLE t CHANGE a b int
        narrowing   | postgresql | ALTER TABLE t ALTER COLUMN c SET NOT NULL
        narrowing   | postgresql | ALTER TABLE t ALTER COLUMN c TYPE bigint
        narrowing   | postgresql | ALTER TABLE t ADD CONSTRAINT u UNIQUE (c)
        narrowing   | postgresql | ALTER TABLE t ADD CONSTRAINT ck CHECK (c > 0) NOT VALID
        narrowing   | postgresql | ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES o (id)
        narrowing   | postgresql | ALTER TABLE t VALIDATE CONSTRAINT fk
        narrowing   | postgresql | ALTER TABLE t ADD COLUMN c int NOT NULL
        narrowing   | postgresql | ALTER TABLE t ALTER COLUMN c DROP DEFAULT
        narrowing   | mysql      | ALTER TABLE t MODIFY c bigint NOT NULL
        data        | postgresql | INSERT INTO t (id) VALUES (1)
        data        | postgresql | UPDATE t SET c = 1 WHERE id = 2
        data        | mysql      | DELETE FROM t WHERE id = 2
        neutral     | postgresql | COMMENT ON TABLE t IS 'x'
        neutral     | postgresql | SET lock_timeout = '2s'
        neutral     | postgresql | BEGIN
        neutral     | postgresql | COMMIT
        neutral     | postgresql | ANALYZE t
        neutral     | postgresql | DROP INDEX CONCURRENTLY IF EXISTS i
        neutral     | mysql      | SET SESSION lock_wait_timeout = 5
        unknown     | postgresql | FROBNICATE t
        destructive | postgresql | ALTER TABLE t ADD COLUMN d text, DROP COLUMN c
        narrowing   | postgresql | ALTER TABLE t ADD COLUMN d text, ALTER COLUMN c SET NOT NULL
        """)
    void eachStatementGetsOneClass(String expected, String dialect, String sql) {
        assertEquals(expected, classify(dialect, sql).id());
    }
}
