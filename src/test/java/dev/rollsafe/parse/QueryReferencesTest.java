package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.parse.QueryReference.Usage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryReferencesTest {

    /** References as "table.column" (certain), "table.column?" (uncertain) or "table" (whole table). */
    private static Set<String> refs(String sql) {
        return refs(sql, Dialect.POSTGRESQL);
    }

    private static Set<String> refs(String sql, Dialect dialect) {
        Optional<List<QueryReference>> r = QueryReferences.of(sql, dialect);
        assertTrue(r.isPresent(), () -> "not read as SQL: " + sql);
        return r.get().stream()
                .map(q -> q.column() == null ? q.table() : q.table() + "." + q.column() + (q.columnCertain() ? "" : "?"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> set(String... s) {
        return new TreeSet<>(List.of(s));
    }

    @Test
    void joinResolvesAliases() {
        assertEquals(set("users", "orders", "users.email", "orders.user_id", "users.id"),
                refs("SELECT u.email FROM users u JOIN orders o ON o.user_id = u.id"));
    }

    @Test
    void sameColumnNameOfAnotherTableIsNotThisTable() {
        Set<String> r = refs("SELECT o.email FROM orders o");
        assertEquals(set("orders", "orders.email"), r);
        assertFalse(r.contains("users.email"));
    }

    @Test
    void unqualifiedColumnWithOneTableIsCertain() {
        assertEquals(set("users", "users.email", "users.id"), refs("SELECT email FROM users WHERE id = ?"));
    }

    @Test
    void unqualifiedColumnWithSeveralTablesIsUncertainForEach() {
        assertEquals(set("users", "orders", "users.total?", "orders.total?", "orders.user_id", "users.id"),
                refs("SELECT total FROM users u JOIN orders o ON o.user_id = u.id"));
    }

    @Test
    void starIsATableReference() {
        assertEquals(set("users"), refs("SELECT * FROM public.users"));
    }

    @Test
    void subqueryAndCorrelation() {
        assertEquals(set("users", "orders", "users.id", "orders.user_id", "users.name", "orders.amount"),
                refs("SELECT u.name FROM users u WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id "
                        + "AND o.amount > 10)"));
    }

    @Test
    void derivedTableColumnsBelongToNoTable() {
        assertEquals(set("orders", "orders.user_id", "orders.amount"),
                refs("SELECT t.user_id, t.s FROM (SELECT user_id, sum(amount) AS s FROM orders GROUP BY user_id) t"));
    }

    @Test
    void cteIsNotATable() {
        assertEquals(set("sessions", "sessions.identity_id", "sessions.active", "identities", "identities.id",
                        "identities.state"),
                refs("WITH active AS (SELECT identity_id FROM sessions WHERE active = true) "
                        + "SELECT i.state FROM identities i JOIN active a ON a.identity_id = i.id"));
    }

    @Test
    void insertWithColumnList() {
        List<QueryReference> r = QueryReferences.of("INSERT INTO users (id, email) VALUES ($1, $2)", Dialect.POSTGRESQL)
                .orElseThrow();
        assertEquals(List.of(new QueryReference("users", null, Usage.INSERT, true),
                new QueryReference("users", "id", Usage.INSERT, true),
                new QueryReference("users", "email", Usage.INSERT, true)), r);
    }

    @Test
    void insertWithoutColumnListIsTableOnly() {
        assertEquals(set("users"), refs("INSERT INTO users VALUES (?, ?)"));
    }

    @Test
    void insertSelect() {
        assertEquals(set("archive", "archive.id", "users", "users.id", "users.deleted"),
                refs("INSERT INTO archive (id) SELECT id FROM users WHERE deleted"));
    }

    @Test
    void updateSetAndWhere() {
        List<QueryReference> r = QueryReferences.of("UPDATE users SET email = :email WHERE id = :id", Dialect.POSTGRESQL)
                .orElseThrow();
        assertTrue(r.stream().allMatch(q -> q.usage() == Usage.UPDATE));
        assertEquals(set("users", "users.email", "users.id"), refs("UPDATE users SET email = :email WHERE id = :id"));
    }

    @Test
    void updateFrom() {
        assertEquals(set("users", "users.plan", "plans", "plans.name", "plans.id", "users.plan_id"),
                refs("UPDATE users u SET plan = p.name FROM plans p WHERE p.id = u.plan_id"));
    }

    @Test
    void deleteUsesDeleteKind() {
        List<QueryReference> r = QueryReferences.of("DELETE FROM sessions WHERE expires_at < now()", Dialect.POSTGRESQL)
                .orElseThrow();
        assertEquals(List.of(new QueryReference("sessions", null, Usage.DELETE, true),
                new QueryReference("sessions", "expires_at", Usage.DELETE, true)), r);
    }

    @Test
    void postgresUpsert() {
        assertEquals(set("counters", "counters.name", "counters.n"),
                refs("INSERT INTO counters (name, n) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET n = counters.n + excluded.n"));
    }

    @Test
    void mysqlUpsert() {
        assertEquals(set("counters", "counters.name", "counters.n"),
                refs("INSERT INTO counters (name, n) VALUES (?, 1) ON DUPLICATE KEY UPDATE n = n + 1", Dialect.MYSQL));
    }

    @Test
    void parametersOfManyKinds() {
        assertEquals(set("users", "users.id", "users.email"), refs("SELECT id FROM users WHERE email = #{email}"));
        assertEquals(set("users", "users.id", "users.email"), refs("SELECT id FROM users WHERE email = %s"));
        assertEquals(set("users", "users.id", "users.email"), refs("SELECT id FROM users WHERE email = %(email)s"));
        assertEquals(set("users", "users.id", "users.email"), refs("SELECT id FROM users WHERE email = ?1"));
        assertEquals(set("users.id?", "users"), refs("SELECT id FROM users, %s WHERE 1 = 1").stream()
                .filter(s -> !s.contains("hole")).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void aHoleInTablePositionIsNotReported() {
        assertEquals(Optional.empty(), QueryReferences.of("SELECT id FROM %s WHERE id = ?", Dialect.POSTGRESQL));
        assertEquals(set("users", "users.id"), refs("SELECT u.id FROM users u JOIN %s x ON x.user_id = u.id"));
        // a hole glued into a name makes the name unknown, not a table called users_rollsafe_hole
        assertEquals(set("users", "users.id"),
                refs("SELECT u.id, l.col_%s FROM users u JOIN log_%s l ON l.user_id = u.id"));
    }

    @Test
    void aQueryWithoutTablesYieldsNothing() {
        assertEquals(Optional.empty(), QueryReferences.of("SELECT 1", Dialect.POSTGRESQL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"select a user from the list", "Update failed: %s", "Delete user",
            "select this from that", "Insert failed for %s", "could not find users for the given id",
            "Selected users will be deleted", "update the user's email", "SELECT", "", "users", "delete from",
            "Select one of the following options: %v"})
    void proseIsNotSql(String text) {
        assertEquals(Optional.empty(), QueryReferences.of(text, Dialect.POSTGRESQL));
        assertEquals(Optional.empty(), QueryReferences.of(text, Dialect.MYSQL));
    }

    @Test
    void ddlIsNotAQuery() {
        assertEquals(Optional.empty(), QueryReferences.of("ALTER TABLE users DROP COLUMN email", Dialect.POSTGRESQL));
    }

    @Test
    void hugeTextIsSkipped() {
        String big = "SELECT id FROM users WHERE id IN (" + "1, ".repeat(40_000) + "1)";
        assertEquals(Optional.empty(), QueryReferences.of(big, Dialect.POSTGRESQL));
    }

    @Test
    void quotedNamesAndTrailingSemicolon() {
        assertEquals(set("Users", "Users.Email"), refs("SELECT \"Email\" FROM \"Users\";"));
        assertEquals(set("users", "users.email"), refs("SELECT `email` FROM `users`", Dialect.MYSQL));
    }

    @Test
    void unionAndOrderByAlias() {
        assertEquals(set("ta", "ta.x", "tb", "tb.y"), refs("SELECT x AS k FROM ta UNION ALL SELECT y FROM tb ORDER BY k"));
        assertEquals(set("ta", "ta.x"), refs("SELECT x AS k FROM ta ORDER BY k"));
    }

    @Test
    void joinUsing() {
        assertEquals(set("ta", "tb", "ta.id?", "tb.id?"), refs("SELECT 1 FROM ta JOIN tb USING (id)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT u FROM User u WHERE u.email = :email",
            "SELECT COUNT(t) FROM JpaTarget t JOIN t.tags g WHERE g.name = ?1",
            "SELECT r FROM Role r JOIN r.users u"})
    void jpqlIsNotSql(String text) {
        assertEquals(Optional.empty(), QueryReferences.of(text, Dialect.POSTGRESQL));
        assertEquals(Optional.empty(), QueryReferences.of(text, Dialect.MYSQL));
    }

    @Test
    void replaceIntoIsAnInsert() {
        List<QueryReference> r = QueryReferences.of("REPLACE INTO kv (k, v) VALUES (?, ?)", Dialect.MYSQL).orElseThrow();
        assertTrue(r.stream().allMatch(q -> q.usage() == Usage.INSERT), r::toString);
        assertEquals(set("kv", "kv.k", "kv.v"), refs("REPLACE INTO kv (k, v) VALUES (?, ?)", Dialect.MYSQL));
    }

    @Test
    void goIndexedVerbs() {
        assertEquals(set("sessions", "sessions.id", "sessions.expires_at"),
                refs("DELETE FROM sessions WHERE id in (SELECT id FROM sessions WHERE expires_at <= %[1]s)"));
    }

    @Test
    void lateralSeesItsSiblings() {
        assertEquals(set("users", "users.id", "orders", "orders.user_id", "orders.total"),
                refs("SELECT x.total FROM users u, LATERAL (SELECT total FROM orders o WHERE o.user_id = u.id) x"));
    }

    @Test
    void scalarSubqueryInSelectList() {
        assertEquals(set("users", "users.name", "users.id", "orders", "orders.user_id"),
                refs("SELECT name, (SELECT count(*) FROM orders o WHERE o.user_id = users.id) FROM users"));
    }

    @Test
    void selectAliasDoesNotHideTheColumnItIsMadeOf() {
        assertEquals(set("users", "users.email"), refs("SELECT lower(email) AS email FROM users WHERE email LIKE ?"));
    }

    @Test
    void columnNamedLikeItsTableIsSql() {
        assertEquals(set("tag", "tag.tag"), refs("SELECT tag FROM tag WHERE tag = ?"));
        assertEquals(set("audit", "events", "events.id"), refs("SELECT e.id FROM audit JOIN audit.events e ON true"));
    }

    @Test
    void moreStatementShapes() {
        assertEquals(set("users", "users.id", "users.email"),
                refs("INSERT INTO users (email) VALUES (?) RETURNING id"));
        assertEquals(set("sessions", "sessions.user_id", "users", "users.id", "users.banned"),
                refs("DELETE FROM sessions s USING users u WHERE s.user_id = u.id AND u.banned"));
        assertEquals(set("sessions", "sessions.user_id", "users", "users.id", "users.banned"),
                refs("DELETE s FROM sessions s JOIN users u ON s.user_id = u.id WHERE u.banned = 1", Dialect.MYSQL));
        assertEquals(set("users", "users.name", "users.id"),
                refs("UPDATE users u SET u.name = ? WHERE u.id = ?", Dialect.MYSQL));
        assertEquals(set("jobs", "jobs.id", "jobs.state"),
                refs("SELECT id FROM jobs WHERE state = 'new' LIMIT 1 FOR UPDATE SKIP LOCKED"));
        assertEquals(set("events", "events.id", "archive", "archive.id"),
                refs("WITH old AS (DELETE FROM events WHERE id < $1 RETURNING id) INSERT INTO archive (id) SELECT id FROM old"));
    }

    @Test
    void namesJsqlParserTakesForKeywords() {
        assertEquals(set("settings", "settings.key", "settings.value"), refs("SELECT key, value FROM settings"));
        assertEquals(set("devices", "devices.uuid", "devices.id"), refs("SELECT uuid FROM devices WHERE id = $1::uuid"));
        assertEquals(set("settings", "settings.name"), refs("SELECT name FROM settings LIMIT ?, ?", Dialect.MYSQL));
    }
}
