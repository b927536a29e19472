package dev.rollsafe.model;

import static dev.rollsafe.model.SchemaFixtures.create;
import static dev.rollsafe.model.SchemaFixtures.col;
import static dev.rollsafe.model.SchemaFixtures.n;
import static dev.rollsafe.model.SchemaFixtures.pg;
import static dev.rollsafe.model.SchemaFixtures.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaObjectsTest {

    @Test
    void objectsAreKnownByKindAndName() {
        Schema s = replay(pg(), new Change.CreateObject(ObjectKind.VIEW, n("public.active_users"), false, false),
                new Change.CreateObject(ObjectKind.FUNCTION, n("touch"), false, false),
                new Change.CreateObject(ObjectKind.SEQUENCE, n("order_seq"), false, false),
                new Change.CreateObject(ObjectKind.EXTENSION, n("pgcrypto"), false, true),
                new Change.CreateObject(ObjectKind.SCHEMA, n("audit"), false, false),
                new Change.CreateObject(ObjectKind.TRIGGER, n("users_touch"), false, false));
        assertTrue(s.hasObject(ObjectKind.VIEW, n("active_users")));
        assertFalse(s.hasObject(ObjectKind.MATERIALIZED_VIEW, n("active_users")), "kinds are separate");
        assertFalse(s.hasObject(ObjectKind.VIEW, n("touch")));
        assertTrue(s.hasObject(ObjectKind.FUNCTION, n("touch")));
        assertTrue(s.hasObject(ObjectKind.SEQUENCE, n("order_seq")));
        assertTrue(s.hasObject(ObjectKind.EXTENSION, n("pgcrypto")));
        assertTrue(s.hasObject(ObjectKind.SCHEMA, n("audit")));
        assertTrue(s.hasObject(ObjectKind.TRIGGER, n("users_touch")));
        assertEquals(n("public.active_users"), s.object(ObjectKind.VIEW, n("active_users")).orElseThrow().name());
        assertFalse(s.hasTable(n("active_users")));
    }

    @Test
    void createOrReplaceKeepsOne() {
        Schema s = replay(pg(), new Change.CreateObject(ObjectKind.VIEW, n("v"), false, false),
                new Change.CreateObject(ObjectKind.VIEW, n("v"), true, false));
        assertEquals(1, s.objects(ObjectKind.VIEW).size());
    }

    @Test
    void dropAndRenameObjects() {
        Schema s = replay(pg(), new Change.CreateObject(ObjectKind.VIEW, n("s.v"), false, false),
                new Change.CreateObject(ObjectKind.FUNCTION, n("f"), false, false),
                new Change.RenameObject(ObjectKind.VIEW, n("s.v"), n("w")),
                new Change.DropObject(ObjectKind.FUNCTION, n("f"), false, false));
        assertFalse(s.hasObject(ObjectKind.VIEW, n("v")));
        assertEquals(n("s.w"), s.object(ObjectKind.VIEW, n("w")).orElseThrow().name(), "a rename stays in its schema");
        assertFalse(s.hasObject(ObjectKind.FUNCTION, n("f")));
        assertTrue(s.unknownReferences().isEmpty());
    }

    @Test
    void unknownObjectsAreRecordedAndAlterMakesThemKnown() {
        Schema s = replay(pg(), new Change.DropObject(ObjectKind.VIEW, n("ghost"), false, false),
                new Change.DropObject(ObjectKind.VIEW, n("ghost2"), true, false),
                new Change.AlterObject(ObjectKind.SEQUENCE, n("seq"), "owner to app"),
                new Change.RenameObject(ObjectKind.FUNCTION, n("f"), n("g")));
        assertEquals(List.of("view ghost is not known to the replayed schema",
                "sequence seq is not known to the replayed schema",
                "function f is not known to the replayed schema"),
                s.unknownReferences().stream().map(UnknownReference::message).toList());
        assertTrue(s.hasObject(ObjectKind.SEQUENCE, n("seq")));
        assertTrue(s.hasObject(ObjectKind.FUNCTION, n("g")));
    }

    @Test
    void dropSchemaCascadeDropsWhatWasWrittenInIt() {
        Schema s = replay(pg(), new Change.CreateObject(ObjectKind.SCHEMA, n("audit"), false, false),
                create("audit.log", col("id", "int")), create("public.users", col("id", "int")),
                new Change.CreateObject(ObjectKind.VIEW, n("audit.recent"), false, false),
                new Change.DropObject(ObjectKind.SCHEMA, n("audit"), false, true));
        assertFalse(s.hasTable(n("log")));
        assertTrue(s.hasTable(n("users")));
        assertFalse(s.hasObject(ObjectKind.VIEW, n("recent")));
    }

    @Test
    void enumTypesKeepTheirValuesInOrder() {
        Schema created = replay(pg(), new Change.CreateEnumType(n("mood"), List.of("sad", "ok")));
        assertTrue(created.hasObject(ObjectKind.TYPE, n("mood")));
        Schema s = replay(created, new Change.AddEnumValue(n("mood"), "happy", false),
                new Change.AddEnumValue(n("mood"), "ok", true),
                new Change.RenameEnumValue(n("mood"), "sad", "blue"));
        assertEquals(Optional.of(List.of("blue", "ok", "happy")), s.enumValues(n("public.mood")));
        assertEquals(Optional.of(List.of("sad", "ok")), created.enumValues(n("mood")));
        assertTrue(s.unknownReferences().isEmpty());
    }

    @Test
    void enumTypesFollowRenameAndDrop() {
        Schema s = replay(pg(), new Change.CreateEnumType(n("mood"), List.of("a")),
                new Change.RenameObject(ObjectKind.TYPE, n("mood"), n("feeling")));
        assertEquals(Optional.of(List.of("a")), s.enumValues(n("feeling")));
        assertTrue(s.enumValues(n("mood")).isEmpty());
        Schema dropped = s.apply(new Change.DropObject(ObjectKind.TYPE, n("feeling"), false, false));
        assertTrue(dropped.enumValues(n("feeling")).isEmpty());
        assertFalse(dropped.hasObject(ObjectKind.TYPE, n("feeling")));
    }

    @Test
    void unknownEnumTypesAndValuesAreRecorded() {
        Schema s = replay(pg(), new Change.AddEnumValue(n("ghost"), "x", false),
                new Change.CreateEnumType(n("mood"), List.of("a")),
                new Change.RenameEnumValue(n("mood"), "zzz", "b"));
        assertEquals(List.of(UnknownReference.What.ENUM_TYPE, UnknownReference.What.ENUM_VALUE),
                s.unknownReferences().stream().map(UnknownReference::what).toList());
        assertTrue(s.enumValues(n("ghost")).isEmpty());
        assertEquals(Optional.of(List.of("a")), s.enumValues(n("mood")));
    }

    @Test
    void serialColumnsOwnASequenceThatGoesWithTheColumnOrTable() {
        Schema s = replay(pg(), create("app.users", col("id", "serial"), col("n", "bigserial"), col("x", "int")),
                new Change.AlterObject(ObjectKind.SEQUENCE, n("users_id_seq"), "as bigint"));
        assertTrue(s.hasObject(ObjectKind.SEQUENCE, n("users_id_seq")));
        assertTrue(s.hasObject(ObjectKind.SEQUENCE, n("users_n_seq")));
        assertEquals(n("app.users_id_seq"), s.object(ObjectKind.SEQUENCE, n("users_id_seq")).orElseThrow().name());
        assertTrue(s.unknownReferences().isEmpty(), "ALTER SEQUENCE of a serial's sequence is known");
        Schema noColumn = s.apply(SchemaFixtures.dropColumn("users", "n"));
        assertFalse(noColumn.hasObject(ObjectKind.SEQUENCE, n("users_n_seq")));
        assertTrue(noColumn.hasObject(ObjectKind.SEQUENCE, n("users_id_seq")));
        Schema renamed = replay(s, new Change.RenameTable(n("app.users"), n("accounts")),
                new Change.RenameColumn(n("accounts"), "id", "account_id"));
        assertTrue(renamed.hasObject(ObjectKind.SEQUENCE, n("users_id_seq")), "PostgreSQL keeps the sequence's name");
        Schema dropped = renamed.apply(new Change.DropTable(n("accounts"), false, false));
        assertTrue(dropped.objects(ObjectKind.SEQUENCE).isEmpty(), "owned sequences go with the table");
    }

    @Test
    void serialSequenceNamesAreNumberedWhenTaken() {
        Schema s = replay(pg(), create("a_b", col("c", "serial")), create("a", col("b_c", "serial")),
                SchemaFixtures.addColumn("a", col("d", "smallserial")));
        assertEquals(List.of("a_b_c_seq", "a_b_c_seq1", "a_d_seq"),
                s.objects(ObjectKind.SEQUENCE).stream().map(o -> o.name().name()).sorted().toList());
    }

    @Test
    void mysqlHasNoSerialSequences() {
        Schema s = replay(SchemaFixtures.mysql(), create("t", col("id", "serial")));
        assertTrue(s.objects(ObjectKind.SEQUENCE).isEmpty());
    }
}
