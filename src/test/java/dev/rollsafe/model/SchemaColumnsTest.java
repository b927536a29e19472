package dev.rollsafe.model;

import static dev.rollsafe.model.SchemaFixtures.addColumn;
import static dev.rollsafe.model.SchemaFixtures.check;
import static dev.rollsafe.model.SchemaFixtures.col;
import static dev.rollsafe.model.SchemaFixtures.create;
import static dev.rollsafe.model.SchemaFixtures.dropColumn;
import static dev.rollsafe.model.SchemaFixtures.fk;
import static dev.rollsafe.model.SchemaFixtures.index;
import static dev.rollsafe.model.SchemaFixtures.mysql;
import static dev.rollsafe.model.SchemaFixtures.n;
import static dev.rollsafe.model.SchemaFixtures.notNull;
import static dev.rollsafe.model.SchemaFixtures.pg;
import static dev.rollsafe.model.SchemaFixtures.replay;
import static dev.rollsafe.model.SchemaFixtures.unique;
import static dev.rollsafe.model.SchemaFixtures.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaColumnsTest {

    private static List<String> names(Schema s, String table) {
        return s.table(n(table)).orElseThrow().columns().stream().map(ColumnDef::name).toList();
    }

    private static List<String> indexNames(Schema s, String table) {
        return s.indexesOn(n(table)).stream().map(IndexInfo::name).toList();
    }

    private static List<String> constraintNames(Schema s, String table) {
        return s.constraintsOn(n(table)).stream().map(ConstraintInfo::name).toList();
    }

    @Test
    void addColumnAppendsAndIfNotExistsKeepsTheOldDefinition() {
        Schema s = replay(pg(), users(), addColumn("users", notNull("age", "int")));
        assertEquals(List.of("id", "email", "name", "age"), names(s, "users"));
        assertTrue(s.column(n("users"), "age").orElseThrow().notNull());
        Schema again = s.apply(new Change.AddColumn(n("users"), col("age", "text"), true));
        assertEquals("int", again.column(n("users"), "age").orElseThrow().type().name());
    }

    @Test
    void addColumnWithInlineUniqueAddsAConstraintAndIndex() {
        Schema pg = replay(pg(), users(), addColumn("users", SchemaFixtures.uniqueCol("handle", "text")));
        assertTrue(constraintNames(pg, "users").contains("users_handle_key"));
        assertTrue(pg.index(n("users_handle_key")).orElseThrow().unique());
        Schema my = replay(mysql(), users(), addColumn("users", SchemaFixtures.uniqueCol("handle", "text")));
        assertTrue(my.index(n("users"), "handle").orElseThrow().unique(), "MySQL names the key after its column");
    }

    @Test
    void dropColumnOfAnUnknownColumnIsRecordedNotThrown() {
        Schema s = replay(pg(), users(), dropColumn("users", "nope"));
        assertEquals(List.of("id", "email", "name"), names(s, "users"));
        UnknownReference u = s.unknownReferences().get(0);
        assertEquals(UnknownReference.What.COLUMN, u.what());
        assertEquals("column nope of table users is not known to the replayed schema", u.message());
        Schema quiet = replay(pg(), users(), new Change.DropColumn(n("users"), "nope", true, false));
        assertTrue(quiet.unknownReferences().isEmpty());
    }

    @Test
    void postgresDropColumnDropsEveryIndexAndConstraintInvolvingIt() {
        Schema s = replay(pg(), users(),
                index("users_email_idx", "users", "email"),
                index("users_email_name_idx", "users", "email", "name"),
                index("users_lower_email_idx", "users", "lower(email)"),
                index("users_name_idx", "users", "name"),
                SchemaFixtures.addConstraint("users", unique("users_email_key", "email")),
                SchemaFixtures.addConstraint("users", check("email_present", "email <> ''")),
                dropColumn("users", "email"));
        assertEquals(List.of("id", "name"), names(s, "users"));
        assertEquals(List.of("users_pkey", "users_name_idx"), indexNames(s, "users"));
        assertEquals(List.of("users_pkey"), constraintNames(s, "users"));
        assertTrue(s.index(n("users_email_idx")).isEmpty(), "the schema-wide name is free again");
    }

    @Test
    void mysqlDropColumnShrinksMultiColumnIndexes() {
        Schema s = replay(mysql(), users(),
                index("email_name", "users", "email", "name"),
                index("only_email", "users", "email"),
                SchemaFixtures.addConstraint("users", unique("uq_email_name", "email", "name")),
                dropColumn("users", "email"));
        assertEquals(List.of("PRIMARY", "email_name", "uq_email_name"), indexNames(s, "users"));
        assertEquals(List.of("name"), s.index(n("users"), "email_name").orElseThrow().columns());
        assertEquals(List.of("name"), s.constraint(n("users"), "uq_email_name").orElseThrow().columns());
    }

    @Test
    void dropColumnCascadeDropsForeignKeysThatReferenceIt() {
        Schema s = replay(pg(), users(),
                create("orders", List.of(col("id", "int"), col("user_email", "text")),
                        fk("orders_user_fk", "user_email", "users", "email")));
        Schema plain = s.apply(dropColumn("users", "email"));
        assertEquals(List.of("orders_user_fk"), constraintNames(plain, "orders"));
        Schema cascade = s.apply(new Change.DropColumn(n("users"), "email", false, true));
        assertTrue(constraintNames(cascade, "orders").isEmpty());
    }

    @Test
    void renameColumnRenamesItInIndexesConstraintsAndReferencingForeignKeys() {
        Schema s = replay(pg(), users(),
                index("users_email_idx", "users", "email"),
                index("users_lower_email_idx", "users", "lower(email)"),
                SchemaFixtures.addConstraint("users", check("email_nn", "email IS NOT NULL")),
                create("orders", List.of(col("id", "int"), col("user_email", "text")),
                        fk("orders_user_fk", "user_email", "users", "email")),
                new Change.RenameColumn(n("users"), "email", "mail"));
        assertEquals(List.of("id", "mail", "name"), names(s, "users"));
        assertEquals(List.of("mail"), s.index(n("users_email_idx")).orElseThrow().columns());
        assertEquals(List.of("lower(mail)"), s.index(n("users_lower_email_idx")).orElseThrow().columns());
        assertEquals("mail IS NOT NULL", s.constraint(n("users"), "email_nn").orElseThrow().def().expression());
        assertEquals(List.of("mail"), s.constraint(n("orders"), "orders_user_fk").orElseThrow().def().refColumns());
        assertTrue(s.hasValidatedNotNullCheck(n("users"), "mail"));
    }

    @Test
    void alterColumnTypeChangesOnlyTheType() {
        Schema s = replay(pg(), users(), new Change.SetDefault(n("users"), "name", "'x'"),
                new Change.AlterColumnType(n("users"), "name", new DataType("varchar", "100", false), null));
        ColumnDef c = s.column(n("users"), "name").orElseThrow();
        assertEquals("varchar(100)", c.type().toString());
        assertEquals("'x'", c.defaultExpression());
    }

    @Test
    void nullabilityAndDefaults() {
        Schema s = replay(pg(), users(), new Change.SetNotNull(n("users"), "email"),
                new Change.SetDefault(n("users"), "email", "''"));
        assertTrue(s.column(n("users"), "email").orElseThrow().notNull());
        assertEquals("''", s.column(n("users"), "email").orElseThrow().defaultExpression());
        Schema back = replay(s, new Change.DropNotNull(n("users"), "email"), new Change.DropDefault(n("users"), "email"));
        assertFalse(back.column(n("users"), "email").orElseThrow().notNull());
        assertNull(back.column(n("users"), "email").orElseThrow().defaultExpression());
        assertTrue(s.column(n("users"), "email").orElseThrow().notNull(), "the earlier schema is unchanged");
    }

    @Test
    void columnChangesToAnUnknownColumnAreRecorded() {
        Schema s = replay(pg(), users(), new Change.SetNotNull(n("users"), "ghost"),
                new Change.SetDefault(n("users"), "ghost", "1"), new Change.RenameColumn(n("users"), "ghost", "g"));
        assertEquals(3, s.unknownReferences().size());
        assertEquals(List.of("id", "email", "name"), names(s, "users"));
    }

    @Test
    void mysqlModifyReplacesTheWholeDefinition() {
        Schema s = replay(mysql(), users(), new Change.SetDefault(n("users"), "email", "''"),
                new Change.RedefineColumn(n("users"), "email", col("email", "text")));
        ColumnDef c = s.column(n("users"), "email").orElseThrow();
        assertEquals("text", c.type().name());
        assertNull(c.defaultExpression(), "MODIFY without DEFAULT drops the default");
        assertEquals(List.of("id", "email", "name"), names(s, "users"), "the column keeps its position");
    }

    @Test
    void mysqlChangeRenamesEverywhere() {
        Schema s = replay(mysql(), users(), index("email", "users", "email"),
                new Change.RedefineColumn(n("users"), "email", notNull("mail", "varchar")));
        assertEquals(List.of("id", "mail", "name"), names(s, "users"));
        assertTrue(s.column(n("users"), "mail").orElseThrow().notNull());
        assertEquals(List.of("mail"), s.index(n("users"), "email").orElseThrow().columns());
    }

    @Test
    void mysqlModifyOfAPrimaryKeyColumnKeepsItNotNull() {
        Schema s = replay(mysql(), users(), new Change.RedefineColumn(n("users"), "id", col("id", "bigint")));
        assertTrue(s.column(n("users"), "id").orElseThrow().notNull());
    }

    @Test
    void renamingOntoAnExistingColumnReplacesIt() {
        Schema s = replay(pg(), users(), index("users_name_idx", "users", "name"),
                new Change.RenameColumn(n("users"), "email", "name"));
        assertEquals(List.of("id", "name"), names(s, "users"));
        assertEquals("varchar", s.column(n("users"), "name").orElseThrow().type().name());
        assertTrue(s.index(n("users_name_idx")).isEmpty(), "the replaced column's index went with it");
    }
}
