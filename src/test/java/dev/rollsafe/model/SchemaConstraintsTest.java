package dev.rollsafe.model;

import static dev.rollsafe.model.SchemaFixtures.addConstraint;
import static dev.rollsafe.model.SchemaFixtures.addNotValid;
import static dev.rollsafe.model.SchemaFixtures.check;
import static dev.rollsafe.model.SchemaFixtures.col;
import static dev.rollsafe.model.SchemaFixtures.create;
import static dev.rollsafe.model.SchemaFixtures.fk;
import static dev.rollsafe.model.SchemaFixtures.index;
import static dev.rollsafe.model.SchemaFixtures.mysql;
import static dev.rollsafe.model.SchemaFixtures.n;
import static dev.rollsafe.model.SchemaFixtures.notNullConstraint;
import static dev.rollsafe.model.SchemaFixtures.pg;
import static dev.rollsafe.model.SchemaFixtures.pk;
import static dev.rollsafe.model.SchemaFixtures.replay;
import static dev.rollsafe.model.SchemaFixtures.unique;
import static dev.rollsafe.model.SchemaFixtures.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaConstraintsTest {

    private static List<String> constraintNames(Schema s, String table) {
        return s.constraintsOn(n(table)).stream().map(ConstraintInfo::name).toList();
    }

    @Test
    void notValidIsRecordedUntilValidated() {
        Schema added = replay(pg(), users(), addNotValid("users", check("email_nn", "email IS NOT NULL")));
        assertFalse(added.constraint(n("users"), "email_nn").orElseThrow().validated());
        assertFalse(added.hasValidatedNotNullCheck(n("users"), "email"));
        Schema validated = added.apply(new Change.ValidateConstraint(n("users"), "email_nn"));
        assertTrue(validated.constraint(n("users"), "email_nn").orElseThrow().validated());
        assertTrue(validated.hasValidatedNotNullCheck(n("users"), "email"));
        assertFalse(added.constraint(n("users"), "email_nn").orElseThrow().validated(), "old schema unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"email IS NOT NULL", "(email is not null)", "((\"email\"   IS NOT NULL))",
        "EMAIL is not NULL", "CHECK (email IS NOT NULL)", "(id > 0) AND (email IS NOT NULL)"})
    void notNullCheckIsRecognisedIgnoringCaseSpacesAndParentheses(String expression) {
        Schema s = replay(pg(), users(), addConstraint("users", check("c", expression)));
        assertTrue(s.hasValidatedNotNullCheck(n("users"), "email"), expression);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name IS NOT NULL", "email IS NULL", "email IS NOT NULL OR id > 0", "email_x IS NOT NULL"})
    void otherChecksDoNotCount(String expression) {
        Schema s = replay(pg(), users(), addConstraint("users", check("c", expression)));
        assertFalse(s.hasValidatedNotNullCheck(n("users"), "email"), expression);
    }

    @Test
    void primaryKeyMakesItsColumnsNotNullAndHasAnIndex() {
        Schema s = replay(pg(), create("t", col("a", "int"), col("b", "int")), addConstraint("t", pk(null, "a", "b")));
        assertTrue(s.column(n("t"), "a").orElseThrow().notNull());
        assertTrue(s.column(n("t"), "b").orElseThrow().notNull());
        assertEquals(List.of("t_pkey"), constraintNames(s, "t"));
        IndexInfo idx = s.index(n("t_pkey")).orElseThrow();
        assertTrue(idx.unique());
        assertEquals("t_pkey", idx.constraint());
    }

    @Test
    void notNullConstraintSetsNotNullOnceValid() {
        Schema valid = replay(pg(), users(), addConstraint("users", notNullConstraint("email_not_null", "email")));
        assertTrue(valid.column(n("users"), "email").orElseThrow().notNull());
        Schema notValid = replay(pg(), users(), addNotValid("users", notNullConstraint("email_not_null", "email")));
        assertFalse(notValid.column(n("users"), "email").orElseThrow().notNull());
        Schema validated = notValid.apply(new Change.ValidateConstraint(n("users"), "email_not_null"));
        assertTrue(validated.column(n("users"), "email").orElseThrow().notNull());
        Schema dropped = validated.apply(new Change.DropConstraint(n("users"), "email_not_null", null, false));
        assertFalse(dropped.column(n("users"), "email").orElseThrow().notNull());
    }

    @Test
    void postgresDefaultConstraintNames() {
        Schema s = replay(pg(), users(), create("orders", col("id", "int"), col("user_id", "bigint"), col("a", "int")),
                addConstraint("orders", pk(null, "id")),
                addConstraint("orders", unique(null, "user_id", "a")),
                addConstraint("orders", fk(null, "user_id", "users", "id")),
                addConstraint("orders", check(null, "a > 0")),
                addConstraint("orders", check(null, "a > 0 AND user_id > 0")),
                addConstraint("orders", unique(null, "user_id", "a")));
        assertEquals(List.of("orders_pkey", "orders_user_id_a_key", "orders_user_id_fkey", "orders_a_check",
                "orders_check", "orders_user_id_a_key1"), constraintNames(s, "orders"));
    }

    @Test
    void postgresLongNamesAreCutLikePostgresCutsThem() {
        String table = "a_table_with_a_really_quite_long_name_for_testing";
        String column = "and_a_column_name_that_is_also_long";
        Schema s = replay(pg(), create(table, col(column, "int")), addConstraint(table, unique(null, column)));
        String name = constraintNames(s, table).get(0);
        assertEquals(63, name.length());
        assertEquals("a_table_with_a_really_quite_l_and_a_column_name_that_is_als_key", name);
    }

    @Test
    void mysqlDefaultConstraintNames() {
        Schema s = replay(mysql(), users(), create("orders", col("id", "int"), col("user_id", "bigint")),
                addConstraint("orders", pk("ignored", "id")),
                addConstraint("orders", fk(null, "user_id", "users", "id")),
                addConstraint("orders", fk(null, "user_id", "users", "id")),
                addConstraint("orders", check(null, "id > 0")),
                addConstraint("orders", unique(null, "id")),
                addConstraint("orders", unique(null, "id")));
        assertEquals(List.of("PRIMARY", "orders_ibfk_1", "orders_ibfk_2", "orders_chk_1", "id", "id_2"),
                constraintNames(s, "orders"));
    }

    @Test
    void mysqlDropPrimaryKeyAndForeignKeyWithKindSet() {
        Schema s = replay(mysql(), users(), create("orders", col("id", "int"), col("user_id", "bigint")),
                addConstraint("orders", pk(null, "id")),
                addConstraint("orders", fk("fk_user", "user_id", "users", "id")));
        Schema noPk = s.apply(new Change.DropConstraint(n("orders"), null, ConstraintDef.Kind.PRIMARY_KEY, false));
        assertEquals(List.of("fk_user"), constraintNames(noPk, "orders"));
        assertTrue(noPk.index(n("orders"), "PRIMARY").isEmpty());
        assertTrue(noPk.column(n("orders"), "id").orElseThrow().notNull(), "the column stays NOT NULL");
        Schema noFk = s.apply(new Change.DropConstraint(n("orders"), "fk_user", ConstraintDef.Kind.FOREIGN_KEY, false));
        assertEquals(List.of("PRIMARY"), constraintNames(noFk, "orders"));
        assertTrue(noFk.unknownReferences().isEmpty());
    }

    @Test
    void mysqlDropConstraintReachesAUniqueIndex() {
        Schema s = replay(mysql(), users(), SchemaFixtures.uniqueIndex("uq_email", "users", "email"),
                new Change.DropConstraint(n("users"), "uq_email", null, false));
        assertTrue(s.index(n("users"), "uq_email").isEmpty());
        assertTrue(s.unknownReferences().isEmpty());
    }

    @Test
    void dropConstraintAlsoDropsItsIndex() {
        Schema s = replay(pg(), users(), addConstraint("users", unique("users_email_key", "email")),
                new Change.DropConstraint(n("users"), "users_email_key", null, false));
        assertTrue(s.index(n("users_email_key")).isEmpty());
        assertEquals(List.of("users_pkey"), constraintNames(s, "users"));
    }

    @Test
    void unknownConstraintsAreRecorded() {
        Schema s = replay(pg(), users(), new Change.DropConstraint(n("users"), "nope", null, false),
                new Change.DropConstraint(n("users"), "nope2", null, true),
                new Change.ValidateConstraint(n("users"), "nope3"),
                new Change.RenameConstraint(n("users"), "nope4", "x"));
        assertEquals(List.of("nope", "nope3", "nope4"),
                s.unknownReferences().stream().map(UnknownReference::name).toList());
        assertTrue(s.unknownReferences().stream().allMatch(u -> u.what() == UnknownReference.What.CONSTRAINT));
        Schema noPk = replay(mysql(), SchemaFixtures.create("t", col("a", "int")),
                new Change.DropConstraint(n("t"), null, ConstraintDef.Kind.PRIMARY_KEY, false));
        assertEquals("constraint primary key of table t is not known to the replayed schema",
                noPk.unknownReferences().get(0).message());
    }

    @Test
    void renameConstraintRenamesItsIndexToo() {
        Schema s = replay(pg(), users(), addConstraint("users", unique("users_email_key", "email")),
                new Change.RenameConstraint(n("users"), "users_email_key", "uq_email"));
        assertTrue(s.constraint(n("users"), "uq_email").isPresent());
        assertEquals("uq_email", s.index(n("uq_email")).orElseThrow().constraint());
        assertTrue(s.index(n("users_email_key")).isEmpty());
    }

    @Test
    void uniqueUsingIndexAdoptsTheIndex() {
        ConstraintDef using = new ConstraintDef("uq_email", ConstraintDef.Kind.UNIQUE, List.of(), null, null, null,
                "users_email_idx");
        Schema s = replay(pg(), users(), SchemaFixtures.uniqueIndex("users_email_idx", "users", "email"),
                addConstraint("users", using));
        assertEquals(List.of("email"), s.constraint(n("users"), "uq_email").orElseThrow().columns());
        assertTrue(s.index(n("users_email_idx")).isEmpty(), "PostgreSQL renames the index to the constraint");
        assertEquals(List.of("email"), s.index(n("uq_email")).orElseThrow().columns());
    }

    @Test
    void foreignKeyToAnUnknownTableIsRecorded() {
        Schema s = replay(pg(), create("orders", col("id", "int"), col("user_id", "int")),
                addConstraint("orders", fk("fk", "user_id", "users", "id")));
        assertEquals(UnknownReference.What.TABLE, s.unknownReferences().get(0).what());
        assertEquals("users", s.unknownReferences().get(0).name());
    }

    @Test
    void inlineConstraintsAreNotDuplicatedWhenAlsoListed() {
        ColumnDef id = SchemaFixtures.pkCol("id", "int");
        Schema s = replay(pg(), create("t", List.of(id, SchemaFixtures.uniqueCol("code", "text")),
                pk("t_pkey", "id"), unique("t_code_key", "code")));
        assertEquals(List.of("t_pkey", "t_code_key"), constraintNames(s, "t"));
        assertEquals(2, s.indexesOn(n("t")).size());
    }

    @Test
    void indexFixturesStillWorkAfterConstraintChanges() {
        Schema s = replay(pg(), users(), index("i", "users", "name"), addConstraint("users", pk("users_pk2", "email")));
        assertEquals(List.of("users_pk2"), constraintNames(s, "users"), "a new primary key replaces the old one");
        assertTrue(s.index(n("users_pkey")).isEmpty());
        assertTrue(s.index(n("i")).isPresent());
    }

    @Test
    void mysqlForeignKeyCreatesTheIndexItNeeds() {
        Schema s = replay(mysql(), users(), create("orders", col("id", "int"), col("user_id", "bigint"), col("x", "int")),
                addConstraint("orders", fk("fk_user", "user_id", "users", "id")),
                addConstraint("orders", fk(null, "x", "users", "id")));
        assertEquals(List.of("user_id"), s.index(n("orders"), "fk_user").orElseThrow().columns());
        assertEquals(List.of("x"), s.index(n("orders"), "x").orElseThrow().columns());
        Schema covered = replay(mysql(), users(), create("orders", col("id", "int"), col("user_id", "bigint")),
                index("ix_user", "orders", "user_id", "id"),
                addConstraint("orders", fk("fk_user", "user_id", "users", "id")));
        assertEquals(List.of("ix_user"), covered.indexesOn(n("orders")).stream().map(IndexInfo::name).toList());
        Schema pgSchema = replay(pg(), users(), create("orders", col("id", "int"), col("user_id", "bigint")),
                addConstraint("orders", fk("fk_user", "user_id", "users", "id")));
        assertTrue(pgSchema.indexesOn(n("orders")).isEmpty(), "PostgreSQL does not index foreign keys");
    }

    @Test
    void renamingAndAlteringASelfReferencingTableKeepsItsForeignKeyPointingAtItself() {
        Schema s = replay(pg(), create("nodes", List.of(SchemaFixtures.pkCol("id", "int"), col("parent_id", "int")),
                        fk("nodes_parent_fk", "parent_id", "nodes", "id")),
                new Change.RenameTable(n("nodes"), n("tree")),
                new Change.RenameColumn(n("tree"), "id", "node_id"));
        ConstraintDef fk = s.constraint(n("tree"), "nodes_parent_fk").orElseThrow().def();
        assertEquals("tree", fk.refTable().name());
        assertEquals(List.of("node_id"), fk.refColumns());
        assertTrue(s.unknownReferences().isEmpty());
    }

    @Test
    void foreignKeysFollowARenamedParentAcrossLaterChanges() {
        Schema s = replay(pg(), users(),
                create("orders", List.of(col("id", "int"), col("user_id", "bigint")), fk("orders_user_fk", "user_id", "users", "id")),
                new Change.RenameTable(n("users"), n("accounts")),
                new Change.RenameColumn(n("accounts"), "id", "account_id"),
                new Change.DropTable(n("accounts"), false, true));
        assertTrue(s.constraintsOn(n("orders")).isEmpty(), "CASCADE found the foreign key under the new name");
    }

    @Test
    void usingIndexIsOnlyForPrimaryKeyAndUniqueWithAPlainIndex() {
        ConstraintDef bogus = new ConstraintDef("c", ConstraintDef.Kind.CHECK, List.of("email"), null, null,
                "email <> ''", "users_pkey");
        Schema s = replay(pg(), users(), addConstraint("users", bogus));
        assertTrue(s.index(n("users_pkey")).isPresent(), "the primary key keeps its index");
        assertTrue(s.constraint(n("users"), "c").isPresent());
    }
}
