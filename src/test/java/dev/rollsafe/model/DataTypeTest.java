package dev.rollsafe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one place that knows PostgreSQL's spellings of the same type. */
class DataTypeTest {

    private static String canonical(String name) {
        return DataType.of(name).canonical();
    }

    @Test
    void aliasesMeetInOneName() {
        for (String n : new String[] {"int", "int4", "integer", "INTEGER", "serial", "serial4", "pg_catalog.int4"}) {
            assertEquals("integer", canonical(n), n);
        }
        for (String n : new String[] {"int2", "smallint", "smallserial", "serial2"}) {
            assertEquals("smallint", canonical(n), n);
        }
        for (String n : new String[] {"int8", "bigint", "bigserial", "serial8"}) {
            assertEquals("bigint", canonical(n), n);
        }
        for (String n : new String[] {"varchar", "character varying", "Character  Varying", "char varying",
                "national character varying", "nchar varying"}) {
            assertEquals("varchar", canonical(n), n);
        }
        for (String n : new String[] {"char", "character", "bpchar", "pg_catalog.bpchar", "nchar", "national character"}) {
            assertEquals("char", canonical(n), n);
        }
        assertEquals("timestamp", canonical("timestamp without time zone"));
        assertEquals("timestamptz", canonical("timestamp with time zone"));
        assertEquals("timestamptz", canonical("timestamptz"));
        assertEquals("my_enum", canonical("my_enum"));
    }

    @Test
    void theInternalCharTypeStaysApart() {
        assertEquals("\"char\"", canonical("\"char\""));
        assertEquals("\"char\"", canonical("pg_catalog.\"char\""));
    }

    @Test
    void serialPseudoTypes() {
        for (String n : new String[] {"serial", "serial4", "bigserial", "serial8", "smallserial", "serial2", "SERIAL"}) {
            assertTrue(DataType.of(n).serial(), n);
        }
        assertFalse(DataType.of("integer").serial());
        assertFalse(DataType.of("bigint").serial());
        assertFalse(new DataType("serial", null, true).serial(), "serial[] is no serial column");
    }
}
