package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixtureParserTest {

    @Test
    void defaultsToPostgresqlWithoutVersion() {
        Fixture f = FixtureParser.parse("SELECT 1;\n");
        assertEquals(Dialect.POSTGRESQL, f.dialect());
        assertNull(f.version());
        assertEquals(List.of(1), f.statementLines());
    }

    @Test
    void readsConfigHeader() {
        Fixture f = FixtureParser.parse("-- config: dialect=mysql version=8.0\nSELECT 1;\n");
        assertEquals(Dialect.MYSQL, f.dialect());
        assertEquals("8.0", f.version());
    }

    @Test
    void expectationAttachesToFirstLineOfNextStatement() {
        String text = "CREATE TABLE t (id int);\n"       // 1
                + "\n"                                     // 2
                + "-- expect: drop-column\n"               // 3
                + "-- some explanation\n"                  // 4
                + "/* more\n   explanation */\n"           // 5-6
                + "ALTER TABLE t\n"                        // 7
                + "  DROP COLUMN id;\n"                    // 8
                + "-- expect: other-rule: names t\n"       // 9
                + "-- expect: drop-column\n"               // 10
                + "DROP TABLE t;\n";                       // 11
        Fixture f = FixtureParser.parse(text);
        assertEquals(List.of(1, 7, 11), f.statementLines());
        assertEquals(List.of(
                new Fixture.Expectation("drop-column", null, 7, 3),
                new Fixture.Expectation("other-rule", "names t", 11, 9),
                new Fixture.Expectation("drop-column", null, 11, 10)), f.expectations());
        assertTrue(f.expects("drop-column", 7));
        assertTrue(!f.expects("drop-column", 1));
    }

    @Test
    void semicolonsAndMarkersInsideQuotesDoNotSplit() {
        String text = "INSERT INTO t VALUES ('a;\n-- expect: x\nb');\n"   // 1-3
                + "CREATE FUNCTION f() RETURNS int AS $body$\n"        // 4
                + "  SELECT 1; -- expect: y\n"                         // 5
                + "$body$ LANGUAGE sql;\n"                             // 6
                + "SELECT \"a;b\" FROM t;\n";                          // 7
        Fixture f = FixtureParser.parse(text);
        assertEquals(List.of(1, 4, 7), f.statementLines());
        assertEquals(List.of(), f.expectations());
    }

    @Test
    void mysqlHashCommentsAndBackslashEscapes() {
        String text = "-- config: dialect=mariadb\n"
                + "INSERT INTO t VALUES ('it\\'s; fine');\n"   // 2
                + "# expect: some-rule\n"                        // 3
                + "DROP TABLE `t;x`;\n";                         // 4
        Fixture f = FixtureParser.parse(text);
        assertEquals(List.of(2, 4), f.statementLines());
        assertEquals(List.of(new Fixture.Expectation("some-rule", null, 4, 3)), f.expectations());
    }

    @Test
    void rejectsMalformedFixtures() {
        assertThrows(IllegalArgumentException.class, () -> FixtureParser.parse("-- expect: Bad Id\nSELECT 1;"));
        assertThrows(IllegalArgumentException.class, () -> FixtureParser.parse("-- expect: rule:\nSELECT 1;"));
        assertThrows(IllegalArgumentException.class, () -> FixtureParser.parse("SELECT 1;\n-- expect: rule\n"));
        assertThrows(IllegalArgumentException.class, () -> FixtureParser.parse("SELECT\n-- expect: rule\n1;"));
        assertThrows(IllegalArgumentException.class, () -> FixtureParser.parse("-- config: dialect=oracle\n"));
        assertThrows(IllegalArgumentException.class, () -> FixtureParser.parse("-- config: color=red\n"));
        assertThrows(IllegalArgumentException.class,
                () -> FixtureParser.parse("SELECT 1;\n-- config: dialect=mysql\nSELECT 2;"));
    }
}
