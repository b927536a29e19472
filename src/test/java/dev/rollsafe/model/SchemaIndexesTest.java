package dev.rollsafe.model;

import static dev.rollsafe.model.SchemaFixtures.col;
import static dev.rollsafe.model.SchemaFixtures.create;
import static dev.rollsafe.model.SchemaFixtures.index;
import static dev.rollsafe.model.SchemaFixtures.mysql;
import static dev.rollsafe.model.SchemaFixtures.n;
import static dev.rollsafe.model.SchemaFixtures.pg;
import static dev.rollsafe.model.SchemaFixtures.replay;
import static dev.rollsafe.model.SchemaFixtures.uniqueIndex;
import static dev.rollsafe.model.SchemaFixtures.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaIndexesTest {

    private static Change.CreateTable orders() {
        return create("orders", col("id", "int"), col("email", "text"));
    }

    private static List<String> plainIndexNames(Schema s, String table) {
        return s.indexesOn(n(table)).stream().filter(i -> !i.backsConstraint()).map(IndexInfo::name).toList();
    }

    @Test
    void createIndexRecordsColumnsUniquenessAndMethod() {
        Schema s = replay(pg(), users(), uniqueIndex("users_email_uq", "users", "email"),
                new Change.CreateIndex("users_name_gin", n("users"), List.of("name"), false, true, false, "gin"));
        IndexInfo uq = s.index(n("users_email_uq")).orElseThrow();
        assertTrue(uq.unique());
        assertEquals(n("users"), uq.table());
        assertFalse(uq.backsConstraint());
        assertEquals("gin", s.index(n("users_name_gin")).orElseThrow().method());
        assertFalse(s.index(n("users_name_gin")).orElseThrow().unique());
    }

    @Test
    void postgresIndexNamesAreSchemaWide() {
        Schema s = replay(pg(), users(), orders(), index("idx_email", "users", "email"),
                new Change.CreateIndex("idx_email", n("orders"), List.of("email"), false, false, true, null));
        assertEquals(List.of("idx_email"), plainIndexNames(s, "users"), "IF NOT EXISTS sees the name on another table");
        assertTrue(plainIndexNames(s, "orders").isEmpty());
        Schema dropped = s.apply(new Change.DropIndex(n("public.idx_email"), null, false, false));
        assertTrue(plainIndexNames(dropped, "users").isEmpty(), "DROP INDEX finds the table by the name alone");
        assertTrue(dropped.unknownReferences().isEmpty());
    }

    @Test
    void mysqlIndexNamesArePerTable() {
        Schema s = replay(mysql(), users(), orders(), index("idx_email", "users", "email"),
                new Change.CreateIndex("idx_email", n("orders"), List.of("email"), false, false, true, null));
        assertEquals(List.of("idx_email"), plainIndexNames(s, "users"));
        assertEquals(List.of("idx_email"), plainIndexNames(s, "orders"), "same name, other table: both exist");
        assertTrue(s.index(n("idx_email")).isEmpty(), "ambiguous without the table");
        Schema dropped = s.apply(new Change.DropIndex(n("idx_email"), n("orders"), false, false));
        assertEquals(List.of("idx_email"), plainIndexNames(dropped, "users"));
        assertTrue(plainIndexNames(dropped, "orders").isEmpty());
        assertEquals(n("users"), dropped.index(n("idx_email")).orElseThrow().table(), "now unambiguous");
    }

    @Test
    void mariadbSharesMysqlIndexScope() {
        Schema s = replay(Schema.empty(Dialect.MARIADB), users(), orders(), index("idx_email", "users", "email"),
                index("idx_email", "orders", "email"));
        assertEquals(List.of("idx_email"), plainIndexNames(s, "users"));
        assertEquals(List.of("idx_email"), plainIndexNames(s, "orders"));
    }

    @Test
    void mysqlUnnamedIndexIsNamedAfterItsFirstColumn() {
        Schema s = replay(mysql(), users(), index(null, "users", "email", "name"), index(null, "users", "email"),
                index(null, "users", "email(10)"));
        assertEquals(List.of("email", "email_2", "email_3"), plainIndexNames(s, "users"));
        Schema dropped = s.apply(new Change.DropIndex(n("email"), n("users"), false, false));
        assertEquals(List.of("email_2", "email_3"), plainIndexNames(dropped, "users"));
    }

    @Test
    void postgresUnnamedIndexGetsPostgresName() {
        Schema s = replay(pg(), users(), index(null, "users", "email"), index(null, "users", "email"),
                index(null, "users", "lower(email)", "name"));
        assertEquals(List.of("users_email_idx", "users_email_idx1", "users_expr_name_idx"), plainIndexNames(s, "users"));
    }

    @Test
    void dropIndexOfUnknownIndexIsRecordedUnlessIfExists() {
        Schema s = replay(pg(), users(), new Change.DropIndex(n("nope"), null, false, false),
                new Change.DropIndex(n("nope2"), null, false, true));
        assertEquals(List.of("nope"), s.unknownReferences().stream().map(UnknownReference::name).toList());
        assertEquals(UnknownReference.What.INDEX, s.unknownReferences().get(0).what());
    }

    @Test
    void dropIndexOnAnUnknownMysqlTableMakesAPlaceholder() {
        Schema s = replay(mysql(), new Change.DropIndex(n("idx"), n("legacy"), false, false));
        assertFalse(s.table(n("legacy")).orElseThrow().known());
        assertEquals(1, s.unknownReferences().size(), "the table is unknown; its index is not reported again");
    }

    @Test
    void renameIndexKeepsItOnItsTable() {
        Schema pg = replay(pg(), users(), index("a", "users", "email"),
                new Change.RenameIndex(null, n("a"), "b"));
        assertTrue(pg.index(n("a")).isEmpty());
        assertEquals(n("users"), pg.index(n("b")).orElseThrow().table());
        Schema my = replay(mysql(), users(), index("a", "users", "email"),
                new Change.RenameIndex(n("users"), n("a"), "b"));
        assertEquals(List.of("b"), plainIndexNames(my, "users"));
    }

    @Test
    void renamingAConstraintIndexRenamesTheConstraint() {
        Schema s = replay(pg(), users(), new Change.RenameIndex(null, n("users_pkey"), "users_pk"));
        assertEquals("users_pk", s.table(n("users")).orElseThrow().primaryKey().orElseThrow().name());
    }

    @Test
    void dropIndexBehindAUniqueConstraintDropsTheConstraintInMysql() {
        Schema s = replay(mysql(), users(),
                SchemaFixtures.addConstraint("users", SchemaFixtures.unique("uq_email", "email")),
                new Change.DropIndex(n("uq_email"), n("users"), false, false));
        assertTrue(s.constraint(n("users"), "uq_email").isEmpty());
    }

    @Test
    void createIndexOnUnknownTableMakesAPlaceholder() {
        Schema s = replay(pg(), index("i", "legacy", "x"));
        assertFalse(s.table(n("legacy")).orElseThrow().known());
        assertTrue(s.index(n("i")).isPresent());
        Schema noTable = replay(pg(), new Change.CreateIndex("j", null, List.of("x"), false, false, false, null));
        assertEquals(UnknownReference.What.INDEX, noTable.unknownReferences().get(0).what());
    }

    @Test
    void createIndexWithATakenNameReplacesTheOldOne() {
        Schema s = replay(pg(), users(), orders(), index("i", "users", "email"), index("i", "orders", "email"));
        assertTrue(plainIndexNames(s, "users").isEmpty());
        assertEquals(n("orders"), s.index(n("i")).orElseThrow().table());
    }

    @Test
    void reindexChangesNothing() {
        Schema s = replay(pg(), users());
        assertTrue(s == s.apply(new Change.Reindex("table users", true)));
    }

    @Test
    void aConstraintTakingAnIndexNameUsedOnAnotherTableEvictsItInPostgres() {
        Schema s = replay(pg(), users(), orders(), index("x", "orders", "email"),
                SchemaFixtures.addConstraint("users", SchemaFixtures.unique("x", "email")));
        assertTrue(plainIndexNames(s, "orders").isEmpty(), "the database would refuse; the latest statement wins");
        assertEquals(n("users"), s.index(n("x")).orElseThrow().table());
        Schema my = replay(mysql(), users(), orders(), index("x", "orders", "email"),
                SchemaFixtures.addConstraint("users", SchemaFixtures.unique("x", "email")));
        assertEquals(List.of("x"), plainIndexNames(my, "orders"), "MySQL index names are per table");
    }

    @Test
    void renamingAnIndexOntoATakenNameReplacesTheOtherIndex() {
        Schema s = replay(pg(), users(), index("a", "users", "email"), index("b", "users", "name"),
                new Change.RenameIndex(null, n("a"), "b"));
        assertEquals(List.of("b"), plainIndexNames(s, "users"));
        assertEquals(List.of("email"), s.index(n("b")).orElseThrow().columns());
    }
}
