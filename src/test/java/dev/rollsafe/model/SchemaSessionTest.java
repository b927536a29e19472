package dev.rollsafe.model;

import static dev.rollsafe.model.SchemaFixtures.addColumn;
import static dev.rollsafe.model.SchemaFixtures.col;
import static dev.rollsafe.model.SchemaFixtures.insert;
import static dev.rollsafe.model.SchemaFixtures.mysql;
import static dev.rollsafe.model.SchemaFixtures.n;
import static dev.rollsafe.model.SchemaFixtures.pg;
import static dev.rollsafe.model.SchemaFixtures.replay;
import static dev.rollsafe.model.SchemaFixtures.set;
import static dev.rollsafe.model.SchemaFixtures.tx;
import static dev.rollsafe.model.SchemaFixtures.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Change.Scope;
import dev.rollsafe.model.Change.TxOp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaSessionTest {

    @Test
    void sessionSettingsStayUntilChanged() {
        Schema s = replay(pg(), set("lock_timeout", "'2s'", Scope.SESSION), set("STATEMENT_TIMEOUT", "0", Scope.SESSION));
        assertEquals(Optional.of("'2s'"), s.setting("lock_timeout"));
        assertEquals(Optional.of("0"), s.setting("statement_timeout"));
        assertEquals(Map.of("lock_timeout", "'2s'", "statement_timeout", "0"), s.settings());
        Schema reset = s.apply(set("lock_timeout", null, Scope.SESSION));
        assertTrue(reset.setting("lock_timeout").isEmpty(), "RESET (no value) removes it");
        assertTrue(pg().setting("lock_timeout").isEmpty());
    }

    @Test
    void setLocalLastsUntilCommitOrRollback() {
        Schema open = replay(pg(), set("lock_timeout", "'5s'", Scope.SESSION), tx(TxOp.BEGIN),
                set("lock_timeout", "'1s'", Scope.LOCAL));
        assertTrue(open.inExplicitTransaction());
        assertEquals(Optional.of("'1s'"), open.setting("lock_timeout"));
        Schema committed = open.apply(tx(TxOp.COMMIT));
        assertFalse(committed.inExplicitTransaction());
        assertEquals(Optional.of("'5s'"), committed.setting("lock_timeout"));
        assertEquals(Optional.of("'5s'"), open.apply(tx(TxOp.ROLLBACK)).setting("lock_timeout"));
    }

    @Test
    void postgresRollbackUndoesASetMadeInTheTransaction() {
        Schema s = replay(pg(), tx(TxOp.BEGIN), set("statement_timeout", "0", Scope.SESSION), tx(TxOp.ROLLBACK));
        assertTrue(s.setting("statement_timeout").isEmpty());
        Schema committed = replay(pg(), tx(TxOp.BEGIN), set("statement_timeout", "0", Scope.SESSION), tx(TxOp.COMMIT));
        assertEquals(Optional.of("0"), committed.setting("statement_timeout"));
    }

    @Test
    void savepointsDoNotEndTheTransaction() {
        Schema s = replay(pg(), tx(TxOp.BEGIN), tx(TxOp.SAVEPOINT), tx(TxOp.ROLLBACK_TO), tx(TxOp.RELEASE));
        assertTrue(s.inExplicitTransaction());
    }

    @Test
    void endMigrationEndsSetLocalAndTheTransaction() {
        Schema s = replay(pg(), set("lock_timeout", "'1s'", Scope.LOCAL), set("statement_timeout", "0", Scope.SESSION));
        Schema after = s.endMigration();
        assertTrue(after.setting("lock_timeout").isEmpty());
        assertEquals(Optional.of("0"), after.setting("statement_timeout"));
        assertSame(after, after.endMigration());
    }

    @Test
    void mysqlDdlCommitsImplicitly() {
        Schema s = replay(mysql(), users(), tx(TxOp.BEGIN), insert("users"));
        assertTrue(s.inExplicitTransaction(), "a row change keeps the transaction open");
        assertFalse(s.apply(addColumn("users", col("x", "int"))).inExplicitTransaction());
        Schema pg = replay(pg(), users(), tx(TxOp.BEGIN), addColumn("users", col("x", "int")));
        assertTrue(pg.inExplicitTransaction(), "PostgreSQL DDL is transactional");
    }

    @Test
    void mysqlSettingsAndGlobals() {
        Schema s = replay(mysql(), set("foreign_key_checks", "0", Scope.SESSION),
                set("lock_wait_timeout", "10", Scope.GLOBAL));
        assertEquals(Optional.of("0"), s.setting("foreign_key_checks"));
        assertTrue(s.setting("lock_wait_timeout").isEmpty(), "SET GLOBAL does not change this connection");
        assertEquals(Optional.of("10"), s.globalSetting("lock_wait_timeout"));
    }

    @Test
    void proceduralBlockAppliesItsInnerChangesInOrder() {
        Schema s = replay(pg(), users(), new Change.ProceduralBlock(List.of(
                addColumn("users", col("x", "int")),
                new Change.RenameColumn(n("users"), "x", "y"),
                insert("users"))));
        assertTrue(s.column(n("users"), "y").isPresent());
        assertFalse(s.column(n("users"), "x").isPresent());
        assertEquals(1, s.rowChanges(n("users")));
    }

    @Test
    void neutralAndLockChangeNothingButUnknownLockTargetsAreRecorded() {
        Schema s = replay(pg(), users());
        assertSame(s, s.apply(new Change.Neutral("comment on", n("users"))));
        assertSame(s, s.apply(new Change.LockTable(List.of(n("users")), "ACCESS EXCLUSIVE")));
        Schema ghost = s.apply(new Change.LockTable(List.of(n("ghost")), null));
        assertEquals(1, ghost.unknownReferences().size());
        assertFalse(ghost.hasTable(n("ghost")));
    }
}
