package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the fuzz test ({@code dev.rollsafe.fuzz.ReaderFuzzTest}) found in the recognizer, pinned down. */
class RecognizerFuzzFindingsTest {

    /**
     * A zero-length quoted identifier made {@code Name} throw inside a reader; the recognizer caught it and
     * reported "fallback recognizer failed: java.lang.IllegalArgumentException: empty name" (or "recognizer
     * failed: IllegalArgumentException" from the JSqlParser path), and some clauses were even understood with
     * an empty name. MySQL's "" (a string literal there) reached JSqlParser's mapper as a table name the same way.
     * Both servers reject such a statement: it is not understood, with a plain reason.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mysql      | ALTER TABLE `` ADD COLUMN a int
            mysql      | CREATE TABLE `` (a int)
            mysql      | INSERT INTO `` VALUES (1)
            mysql      | DROP TABLE ``
            mysql      | ALTER TABLE t ADD COLUMN `` int
            mysql      | ALTER TABLE t DROP INDEX ``
            mysql      | DROP TABLE ""
            mysql      | ALTER TABLE "" ADD COLUMN a int
            mysql      | ALTER TABLE t DROP INDEX ""
            mysql      | CREATE TABLE "" (a int)
            postgresql | DROP TABLE ""
            postgresql | DROP TABLE``x
            postgresql | CREATE TABLE "" (a int)
            postgresql | CREATE INDEX "" ON t (a)
            postgresql | ALTER TABLE "".t ADD COLUMN a int
            postgresql | ALTER TABLE t RENAME COLUMN "" TO b
            postgresql | UPDATE "" SET a = 1
            """)
    void zeroLengthIdentifierIsNotUnderstoodWithAPlainReason(String dialect, String sql) {
        Recognition r = new Recognizer(Dialect.parse(dialect).orElseThrow()).recognize(sql);
        assertFalse(r.understood(), sql);
        assertEquals(0, r.changes().size(), sql);
        assertFalse(r.problem().contains("failed"), sql + ": " + r.problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mysql      | INSERT INTO t VALUES ("")
            mysql      | UPDATE t SET a = '' WHERE b = ""
            postgresql | INSERT INTO t VALUES ('')
            """)
    void emptyStringsAreStillValues(String dialect, String sql) {
        assertTrue(new Recognizer(Dialect.parse(dialect).orElseThrow()).recognize(sql).understood(), sql);
    }
}
