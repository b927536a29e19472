package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Version arithmetic with patch numbers, the labels messages use, and reading ALGORITHM/LOCK clauses. */
class MySqlVersionTest {

    @Test
    void patchNumbersDecideInstantDdl() {
        assertFalse(MySqlVersion.parse(Dialect.MYSQL, "8.0.11").knowsInstant());
        assertTrue(MySqlVersion.parse(Dialect.MYSQL, "8.0.12").knowsInstant());
        assertFalse(MySqlVersion.parse(Dialect.MYSQL, "8.0.28").dropsColumnInstantly());
        assertTrue(MySqlVersion.parse(Dialect.MYSQL, "8.0.29").dropsColumnInstantly());
        assertTrue(MySqlVersion.parse(Dialect.MYSQL, "8.0").dropsColumnInstantly(), "8.0 means the newest 8.0");
        assertTrue(MySqlVersion.parse(Dialect.MYSQL, "8.4.2").dropsColumnInstantly());
        assertFalse(MySqlVersion.parse(Dialect.MYSQL, "5.7.44").knowsInstant());
        assertFalse(MySqlVersion.parse(Dialect.MYSQL, null).knowsNocopy());
        assertTrue(MySqlVersion.parse(Dialect.MARIADB, "10.3").knowsNocopy());
        assertFalse(MySqlVersion.parse(Dialect.MARIADB, "10.3.39").dropsColumnInstantly());
        assertTrue(MySqlVersion.parse(Dialect.MARIADB, "11.4").dropsColumnInstantly());
        assertTrue(MySqlVersion.parse(Dialect.MARIADB, "10.11.6-MariaDB").atLeast(10, 4));
    }

    @Test
    void labels() {
        assertEquals("MariaDB 10.11", MySqlVersion.parse(Dialect.MARIADB, "10.11").label());
        assertEquals("MySQL 8.0.28", MySqlVersion.parse(Dialect.MYSQL, "8.0.28").label());
        assertEquals("the newest MySQL", MySqlVersion.parse(Dialect.MYSQL, null).label());
        assertEquals("the newest MariaDB", MySqlVersion.parse(Dialect.MARIADB, "latest").label());
    }

    @Test
    void clausesLastOneCountsAndDefaultIsNone() {
        Name t = Name.of("t");
        AlterClauses c = AlterClauses.of(List.of(new Change.AlterTableOption(t, "ALGORITHM", "inplace"),
                new Change.AlterTableOption(t, "LOCK", " none "), new Change.AlterTableOption(t, "ENGINE", "InnoDB")));
        assertEquals("INPLACE", c.algorithm());
        assertEquals("NONE", c.lock());
        assertEquals("ALGORITHM=INPLACE, LOCK=NONE", c.text());
        assertTrue(c.forbidCopy());
        AlterClauses copy = AlterClauses.of(List.of(new Change.AlterTableOption(t, "ALGORITHM", "INSTANT"),
                new Change.AlterTableOption(t, "ALGORITHM", "COPY"), new Change.AlterTableOption(t, "LOCK", "SHARED")));
        assertFalse(copy.forbidCopy());
        AlterClauses none = AlterClauses.of(List.of(new Change.AlterTableOption(t, "ALGORITHM", "DEFAULT")));
        assertNull(none.algorithm());
        assertFalse(none.forbidCopy());
        assertEquals("", none.text());
    }
}
