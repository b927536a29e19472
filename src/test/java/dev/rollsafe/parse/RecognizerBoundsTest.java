package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Work stays bounded: huge, deep and slow statements end, and what is given up on says why. */
class RecognizerBoundsTest {

    /** A guard against hangs, far above any expected time: not a speed assertion. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void hugeInsertIsReadFromItsHead() {
        StringBuilder sb = new StringBuilder(50_100_000).append("INSERT INTO big_table (a, b) VALUES ");
        while (sb.length() < 50_000_000) {
            sb.append("(123456, 'some text value'),\n");
        }
        sb.append("(1, 'x')");
        String sql = sb.toString();
        Recognition r = assertTimeoutPreemptively(HANG_GUARD, () -> new Recognizer(Dialect.POSTGRESQL).recognize(sql));
        assertTrue(r.understood(), r::problem);
        Change.RowChange rc = assertInstanceOf(Change.RowChange.class, r.changes().get(0));
        assertEquals(Change.RowOp.INSERT, rc.op());
        assertEquals(Name.of("big_table"), rc.table());
        Recognition upsert = new Recognizer(Dialect.POSTGRESQL).recognize(sql + " ON CONFLICT DO NOTHING");
        assertEquals(Change.RowOp.UPSERT, ((Change.RowChange) upsert.changes().get(0)).op());
    }

    @Test
    void hugeStatementOfAnotherKindIsGivenUpWithAReason() {
        String sql = "CREATE VIEW v AS SELECT " + "1 + ".repeat(1_000_000) + "1";
        Recognition r = assertTimeoutPreemptively(HANG_GUARD, () -> new Recognizer(Dialect.POSTGRESQL).recognize(sql));
        assertFalse(r.understood());
        assertTrue(r.problem().contains("too long"), r.problem());
    }

    @Test
    void longFunctionBodyIsReadByTheFallback() {
        String body = "BEGIN\n" + "  PERFORM 1;\n".repeat(30_000) + "END;";
        String sql = "CREATE FUNCTION f() RETURNS void AS $$" + body + "$$ LANGUAGE plpgsql";
        Recognition r = assertTimeoutPreemptively(HANG_GUARD, () -> new Recognizer(Dialect.POSTGRESQL).recognize(sql));
        assertTrue(r.understood(), r::problem);
        assertEquals("create function f", r.changes().get(0).summary());
    }

    @Test
    void deepNestingSkipsTheFullParser() {
        String sql = "SELECT " + "(".repeat(5_000) + "1" + ")".repeat(5_000);
        Recognition r = assertTimeoutPreemptively(HANG_GUARD, () -> new Recognizer(Dialect.POSTGRESQL).recognize(sql));
        assertTrue(r.understood(), r::problem);
        String bad = "FROBNICATE " + "(".repeat(5_000);
        Recognition b = new Recognizer(Dialect.POSTGRESQL).recognize(bad);
        assertFalse(b.understood());
        assertTrue(b.problem().contains("nested too deeply"), b.problem());
    }

    @Test
    void slowParseIsInterrupted() {
        StringBuilder sb = new StringBuilder("INSERT INTO t (a, b, c) VALUES ");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i == 0 ? "" : ", ").append("(").append(i).append(", 'x', now())");
        }
        String sql = sb.toString();
        List<Lexeme> lx = Lexemes.scan(sql, Dialect.POSTGRESQL);
        JsqlParse.Outcome o = assertTimeoutPreemptively(HANG_GUARD,
                () -> new JsqlParse(Dialect.POSTGRESQL, new Watchdog(1)).parse(sql, lx));
        assertEquals("JSqlParser timed out", o.error());
    }

    @Test
    void watchdogFiresOnlyWhenNotCancelled() throws InterruptedException {
        Watchdog w = new Watchdog(20);
        CountDownLatch fired = new CountDownLatch(1);
        w.watch(fired::countDown);
        assertTrue(fired.await(10, TimeUnit.SECONDS));
        CountDownLatch cancelled = new CountDownLatch(1);
        w.watch(cancelled::countDown).cancel();
        assertFalse(cancelled.await(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void neverThrows() {
        Recognizer r = new Recognizer(Dialect.POSTGRESQL);
        for (String s : new String[] {null, "", "   \n  ", ")", "'unclosed", "$$ unclosed", "ALTER TABLE", "CREATE",
                "ALTER TABLE t ADD", "CREATE INDEX", "DO $$", "SET", "LOCK", "INSERT", "ALTER TYPE t ADD VALUE",
                "CREATE TABLE t (", "ALTER TABLE t ALTER COLUMN", "DROP", "\"", "`", "/* x", "-- y"}) {
            Recognition rec = r.recognize(s);
            assertTrue(rec.understood() || rec.problem() != null, "no reason for " + s);
        }
        assertTrue(r.recognize("   \n ").understood());
        assertTrue(r.recognize("   \n ").changes().isEmpty());
    }
}
