package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference.Usage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlScanTest {

    @Test
    void insertSelectNamesBothTablesAndOnlyQualifiedColumns() {
        assertEquals(List.of("archive INSERT EXACT", "archive.id INSERT EXACT", "archive.email INSERT EXACT",
                        "users SELECT EXACT", "users.id INSERT EXACT", "users.email INSERT EXACT"),
                hits("INSERT INTO archive (id, email) SELECT u.id, u.email FROM users u WHERE active", Usage.INSERT));
    }

    @Test
    void upsertUpdateIsNoTableAndStringsCommentsAndFunctionsAreNoColumns() {
        assertEquals(List.of("t INSERT EXACT", "t.a INSERT EXACT", "t.b INSERT EXACT"),
                hits("INSERT INTO t (a, b) VALUES (?, 'x') ON DUPLICATE KEY UPDATE b = VALUES(b)", Usage.INSERT)
                        .subList(0, 3));
        assertEquals(List.of("t SELECT EXACT", "t.a SELECT LIKELY"),
                hits("SELECT count(*) AS n, a FROM t -- where secret = 1\n /* b */ WHERE a = 'c'", Usage.SELECT));
    }

    @Test
    void updateSetTargetsAreUpdatesAndTheWhereClauseReads() {
        assertEquals(List.of("users UPDATE EXACT", "users.email UPDATE EXACT", "users.id SELECT LIKELY"),
                hits("UPDATE users SET email = ? WHERE id = ?", Usage.UPDATE));
    }

    @Test
    void commaJoinsAndQuotedNames() {
        assertEquals(List.of("a SELECT EXACT", "B SELECT EXACT", "a.x SELECT EXACT", "B.y SELECT EXACT"),
                hits("SELECT a.x, b.y FROM s.a, \"B\" b WHERE a.x = b.y", Usage.SELECT));
    }

    private static List<String> hits(String sql, Usage usage) {
        return SqlScan.scan(sql, usage).stream()
                .map(h -> (h.column() == null ? h.table() : h.table() + "." + h.column()) + " " + h.usage() + " "
                        + h.confidence()).toList();
    }
}
