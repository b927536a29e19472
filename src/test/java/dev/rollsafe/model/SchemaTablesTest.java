package dev.rollsafe.model;

import static dev.rollsafe.model.SchemaFixtures.addColumn;
import static dev.rollsafe.model.SchemaFixtures.col;
import static dev.rollsafe.model.SchemaFixtures.create;
import static dev.rollsafe.model.SchemaFixtures.index;
import static dev.rollsafe.model.SchemaFixtures.insert;
import static dev.rollsafe.model.SchemaFixtures.mysql;
import static dev.rollsafe.model.SchemaFixtures.n;
import static dev.rollsafe.model.SchemaFixtures.pg;
import static dev.rollsafe.model.SchemaFixtures.replay;
import static dev.rollsafe.model.SchemaFixtures.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaTablesTest {

    @Test
    void createTableRecordsColumnsInOrder() {
        Schema s = replay(pg(), users());
        Table t = s.table(n("users")).orElseThrow();
        assertTrue(t.known());
        assertEquals(List.of("id", "email", "name"), t.columns().stream().map(ColumnDef::name).toList());
        assertEquals("varchar", s.column(n("users"), "email").orElseThrow().type().name());
        assertTrue(s.column(n("users"), "id").orElseThrow().notNull(), "a primary key column is not null");
    }

    @Test
    void applyLeavesTheOldSchemaUnchanged() {
        Schema before = replay(pg(), users());
        Schema after = replay(before, addColumn("users", col("age", "int")), new Change.DropTable(n("users"), false, false),
                create("orders", col("id", "int")));
        assertTrue(before.hasTable(n("users")));
        assertFalse(before.hasTable(n("orders")));
        assertEquals(3, before.table(n("users")).orElseThrow().columns().size());
        assertFalse(after.hasTable(n("users")));
        assertTrue(after.hasTable(n("orders")));
    }

    @Test
    void qualifiedAndUnqualifiedNamesAreTheSameTableButTheWrittenNameIsKept() {
        Schema s = replay(pg(), create("public.users", col("id", "int")));
        assertTrue(s.hasTable(n("users")));
        assertTrue(s.hasTable(n("other.users")));
        assertEquals(n("public.users"), s.table(n("users")).orElseThrow().name());
    }

    @Test
    void createTableIfNotExistsKeepsTheExistingTable() {
        Schema s = replay(pg(), users(),
                new Change.CreateTable(n("users"), List.of(col("x", "int")), List.of(), true, false, false));
        assertTrue(s.table(n("users")).orElseThrow().hasColumn("email"));
        assertFalse(s.table(n("users")).orElseThrow().hasColumn("x"));
    }

    @Test
    void temporaryTablesAreMarked() {
        Schema s = replay(pg(), new Change.CreateTable(n("tmp"), List.of(col("x", "int")), List.of(), false, true, false));
        assertTrue(s.table(n("tmp")).orElseThrow().temporary());
    }

    @Test
    void dropTableAlsoDropsItsIndexesAndConstraints() {
        Schema s = replay(pg(), users(), index("users_email_idx", "users", "email"),
                new Change.DropTable(n("users"), false, false));
        assertFalse(s.hasTable(n("users")));
        assertTrue(s.index(n("users_email_idx")).isEmpty());
        assertTrue(s.index(n("users_pkey")).isEmpty());
        // the names are free again
        Schema again = replay(s, users(), index("users_email_idx", "users", "name"));
        assertEquals(List.of("name"), again.index(n("users_email_idx")).orElseThrow().columns());
        assertTrue(again.unknownReferences().isEmpty());
    }

    @Test
    void dropTableCascadeDropsForeignKeysThatReferenceIt() {
        Schema s = replay(pg(), users(),
                create("orders", col("id", "int"), SchemaFixtures.refCol("user_id", "bigint", "users")));
        assertEquals(1, s.constraintsOn(n("orders")).size());
        Schema dropped = s.apply(new Change.DropTable(n("users"), false, true));
        assertTrue(dropped.constraintsOn(n("orders")).isEmpty());
    }

    @Test
    void renameTableMovesColumnsIndexesAndRowCounts() {
        Schema s = replay(pg(), users(), index("users_email_idx", "users", "email"), insert("users"),
                new Change.RenameTable(n("users"), n("accounts")));
        assertFalse(s.hasTable(n("users")));
        Table t = s.table(n("accounts")).orElseThrow();
        assertEquals(n("accounts"), t.name());
        assertTrue(t.hasColumn("email"));
        IndexInfo idx = s.index(n("users_email_idx")).orElseThrow();
        assertEquals(n("accounts"), idx.table(), "index names are kept, the index moves to the new table");
        assertEquals(1, s.indexesOn(n("accounts")).stream().filter(i -> !i.backsConstraint()).count());
        assertEquals(1, s.rowChanges(n("accounts")));
        assertEquals(0, s.rowChanges(n("users")));
    }

    @Test
    void renameTableKeepsTheSchemaAndRewritesForeignKeysButNotViews() {
        Schema s = replay(pg(), create("app.users", SchemaFixtures.pkCol("id", "int")),
                create("orders", col("id", "int"), SchemaFixtures.refCol("user_id", "int", "app.users")),
                new Change.CreateObject(ObjectKind.VIEW, n("active_users"), false, false),
                new Change.RenameTable(n("app.users"), n("accounts")));
        assertEquals(n("app.accounts"), s.table(n("accounts")).orElseThrow().name());
        assertEquals("accounts", s.constraintsOn(n("orders")).get(0).def().refTable().name());
        assertTrue(s.hasObject(ObjectKind.VIEW, n("active_users")));
    }

    @Test
    void renameOfAViewThroughAlterTableRenamesTheView() {
        Schema s = replay(pg(), new Change.CreateObject(ObjectKind.VIEW, n("v"), false, false),
                new Change.RenameTable(n("v"), n("w")));
        assertTrue(s.hasObject(ObjectKind.VIEW, n("w")));
        assertFalse(s.hasObject(ObjectKind.VIEW, n("v")));
        assertFalse(s.hasTable(n("w")));
        assertTrue(s.unknownReferences().isEmpty());
    }

    @Test
    void alterOfAnUnknownTableCreatesAPlaceholderAndRecordsIt() {
        Schema s = replay(pg(), addColumn("legacy", col("flag", "boolean")));
        Table t = s.table(n("legacy")).orElseThrow();
        assertFalse(t.known());
        assertTrue(t.hasColumn("flag"), "what later statements add is still recorded");
        assertEquals(1, s.unknownReferences().size());
        UnknownReference u = s.unknownReferences().get(0);
        assertEquals(UnknownReference.What.TABLE, u.what());
        assertEquals("table legacy is not known to the replayed schema", u.message());
        // a second ALTER of the placeholder is not recorded again; a column it lacks is not an error
        Schema later = replay(s, SchemaFixtures.dropColumn("legacy", "old_col"));
        assertEquals(1, later.unknownReferences().size());
        assertTrue(later.unknownReferencesSince(s).isEmpty());
    }

    @Test
    void dropOfAnUnknownTableIsRecordedUnlessIfExists() {
        Schema s = replay(pg(), new Change.DropTable(n("ghost"), false, false));
        assertEquals(List.of("ghost"), s.unknownReferences().stream().map(UnknownReference::name).toList());
        Schema quiet = replay(pg(), new Change.DropTable(n("ghost"), true, false));
        assertTrue(quiet.unknownReferences().isEmpty());
        assertSame(pg().tables().size(), quiet.tables().size());
    }

    @Test
    void unknownReferencesSinceGivesOnlyTheNewOnes() {
        Schema a = replay(pg(), new Change.DropTable(n("x"), false, false));
        Schema b = replay(a, new Change.DropTable(n("y"), false, false), new Change.DropTable(n("z"), false, false));
        assertEquals(List.of("y", "z"), b.unknownReferencesSince(a).stream().map(UnknownReference::name).toList());
        assertEquals(3, b.unknownReferences().size());
        assertEquals(1, a.unknownReferences().size());
    }

    @Test
    void tableOptionsAreRecordedButStatementClausesAreNot() {
        Schema s = replay(mysql(), users(), new Change.AlterTableOption(n("users"), "ENGINE", "InnoDB"),
                new Change.AlterTableOption(n("users"), "CHARSET", "utf8mb4"),
                new Change.AlterTableOption(n("users"), "ALGORITHM", "INPLACE"));
        Table t = s.table(n("users")).orElseThrow();
        assertEquals(Map.of("engine", "InnoDB", "charset", "utf8mb4"), t.options());
        assertEquals("utf8mb4", t.option("charset").orElseThrow());
    }

    @Test
    void rowChangesAreCountedPerTableAndUnknownTargetsRecorded() {
        Schema start = replay(pg(), users());
        Schema s = replay(start, insert("users"), new Change.RowChange(Change.RowOp.UPDATE, n("public.users"), true),
                new Change.RowChange(Change.RowOp.CALL, null, false), new Change.Truncate(List.of(n("users")), false),
                insert("audit"));
        assertEquals(3, s.rowChanges(n("users")));
        assertEquals(0, start.rowChanges(n("users")));
        assertEquals(1, s.rowChanges(n("audit")));
        assertEquals(List.of("audit"), s.unknownReferencesSince(start).stream().map(UnknownReference::name).toList());
        assertFalse(s.hasTable(n("audit")), "writing rows does not invent a table");
    }

    @Test
    void nonDeployStatementsDoNotChangeTheSchema() {
        Span span = new Span(0, 10, 1, 1, 1, 11);
        Statement down = new Statement("drop table users", span, List.of(),
                List.of(new Change.DropTable(n("users"), false, false)), true, null, false);
        Statement up = new Statement("drop table users", span, List.of(),
                List.of(new Change.DropTable(n("users"), false, false)), true, null, true);
        Schema s = replay(pg(), users());
        assertTrue(s.apply(down).hasTable(n("users")));
        assertFalse(s.apply(up).hasTable(n("users")));
    }

    @Test
    void tablesAreListedByName() {
        Schema s = replay(pg(), create("b", col("x", "int")), create("a", col("x", "int")), create("c", col("x", "int")));
        assertEquals(List.of("a", "b", "c"), s.tables().stream().map(t -> t.name().name()).toList());
    }

    @Test
    void createdSinceCountsOnlyTablesAMigrationCreated() {
        Schema start = replay(pg(), users());
        Schema later = replay(start, create("orders", col("id", "int")), addColumn("legacy", col("x", "int")),
                addColumn("users", col("y", "int")));
        assertTrue(later.createdSince(start, n("orders")));
        assertFalse(later.createdSince(start, n("legacy")), "a placeholder table existed all along");
        assertTrue(later.hasTable(n("legacy")) && !start.hasTable(n("legacy")), "which hasTable alone would miss");
        assertFalse(later.createdSince(start, n("users")));
        assertFalse(later.createdSince(start, n("nothing")));
    }
}
