package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.DataType;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.StatementClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields of the change records, above all the safety words that JSqlParser would drop. */
class RecognizerFieldsTest {

    private final Recognizer pg = new Recognizer(Dialect.POSTGRESQL);
    private final Recognizer my = new Recognizer(Dialect.MYSQL);

    private static <T extends Change> T only(Recognition r, Class<T> type) {
        assertTrue(r.understood(), () -> "not understood: " + r.problem());
        assertEquals(1, r.changes().size(), () -> "changes: " + r.changes());
        return assertInstanceOf(type, r.changes().get(0));
    }

    @Test
    void createIndexConcurrentlyKeepsTheWord() {
        Change.CreateIndex ci = only(pg.recognize("CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON s.t USING gin (a)"),
                Change.CreateIndex.class);
        assertTrue(ci.concurrently());
        assertTrue(ci.ifNotExists());
        assertEquals("gin", ci.method());
        assertEquals(new Name("s", "t"), ci.table());
        assertEquals(List.of("a"), ci.columns());
        assertFalse(only(pg.recognize("CREATE INDEX i ON t (a)"), Change.CreateIndex.class).concurrently());
        assertEquals(StatementClass.NARROWING,
                only(pg.recognize("CREATE UNIQUE INDEX i ON t (a)"), Change.CreateIndex.class).statementClass());
    }

    @Test
    void dropIndexConcurrentlyIfExists() {
        Change.DropIndex di = only(pg.recognize("DROP INDEX CONCURRENTLY IF EXISTS i"), Change.DropIndex.class);
        assertTrue(di.concurrently());
        assertTrue(di.ifExists());
        Change.DropIndex plain = only(pg.recognize("DROP INDEX i"), Change.DropIndex.class);
        assertFalse(plain.concurrently());
        assertFalse(plain.ifExists());
    }

    @Test
    void notValidAndUsingIndex() {
        Change.AddConstraint ac = only(pg.recognize(
                "ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id) ON DELETE CASCADE NOT VALID"),
                Change.AddConstraint.class);
        assertTrue(ac.notValid());
        assertEquals(ConstraintDef.Kind.FOREIGN_KEY, ac.constraint().kind());
        assertEquals(Name.of("users"), ac.constraint().refTable());
        assertEquals(List.of("id"), ac.constraint().refColumns());
        assertEquals(List.of("u"), ac.constraint().columns());
        assertFalse(only(pg.recognize("ALTER TABLE o ADD CONSTRAINT c CHECK (a > 0)"), Change.AddConstraint.class).notValid());
        Change.AddConstraint ui = only(pg.recognize("ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_idx"),
                Change.AddConstraint.class);
        assertEquals("t_idx", ui.constraint().usingIndex());
        assertEquals(ConstraintDef.Kind.PRIMARY_KEY, ui.constraint().kind());
        assertEquals("t_pkey", ui.constraint().name());
    }

    @Test
    void ifExistsOnDrops() {
        assertTrue(only(pg.recognize("DROP TABLE IF EXISTS t CASCADE"), Change.DropTable.class).ifExists());
        assertTrue(only(pg.recognize("DROP TABLE IF EXISTS t CASCADE"), Change.DropTable.class).cascade());
        assertFalse(only(pg.recognize("DROP TABLE t"), Change.DropTable.class).ifExists());
        Change.DropColumn dc = only(pg.recognize("ALTER TABLE t DROP COLUMN IF EXISTS c CASCADE"), Change.DropColumn.class);
        assertTrue(dc.ifExists());
        assertTrue(dc.cascade());
        assertTrue(only(pg.recognize("ALTER TABLE t DROP CONSTRAINT IF EXISTS c"), Change.DropConstraint.class).ifExists());
        assertTrue(only(pg.recognize("DROP TYPE IF EXISTS x"), Change.DropObject.class).ifExists());
        assertTrue(only(pg.recognize("ALTER TABLE t ADD COLUMN IF NOT EXISTS c int"), Change.AddColumn.class).ifNotExists());
    }

    @Test
    void columnDefinitions() {
        Change.CreateTable ct = only(pg.recognize("CREATE TABLE t (id bigserial PRIMARY KEY, a text NOT NULL, "
                + "b int DEFAULT 0 NOT NULL, c timestamptz, d int GENERATED ALWAYS AS IDENTITY, "
                + "e uuid REFERENCES other(id), f varchar(20) UNIQUE, g numeric(10, 2)[] NOT NULL DEFAULT '{}')"),
                Change.CreateTable.class);
        List<ColumnDef> c = ct.columns();
        assertEquals(8, c.size());
        assertTrue(c.get(0).primaryKey() && c.get(0).notNull() && c.get(0).generated());
        assertEquals(DataType.of("bigserial"), c.get(0).type());
        assertTrue(c.get(1).requiredOnInsert());
        assertEquals("0", c.get(2).defaultExpression());
        assertTrue(c.get(2).notNull());
        assertFalse(c.get(2).requiredOnInsert());
        assertFalse(c.get(3).notNull());
        assertTrue(c.get(4).generated());
        assertEquals(Name.of("other"), c.get(5).references());
        assertTrue(c.get(6).unique());
        assertEquals(new DataType("varchar", "20", false), c.get(6).type());
        assertEquals(new DataType("numeric", "10,2", true), c.get(7).type());
        assertEquals("'{}'", c.get(7).defaultExpression());
    }

    @Test
    void generatedColumnsTellIdentityFromComputed() {
        List<ColumnDef> c = only(pg.recognize("CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY, "
                + "b int GENERATED BY DEFAULT AS IDENTITY (START WITH 10), c int GENERATED ALWAYS AS (a * 2) STORED, "
                + "d serial, e int)"), Change.CreateTable.class).columns();
        assertTrue(c.get(0).identity());
        assertTrue(c.get(1).identity());
        assertTrue(c.get(2).generated());
        assertTrue(c.get(2).computed());
        assertFalse(c.get(2).identity());
        assertTrue(c.get(3).identity());
        assertFalse(c.get(4).generated() || c.get(4).identity());

        List<ColumnDef> m = only(my.recognize("CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                + "w INT, area INT AS (w * w) VIRTUAL, twice INT GENERATED ALWAYS AS (w * 2) STORED)"),
                Change.CreateTable.class).columns();
        assertTrue(m.get(0).identity());
        assertTrue(m.get(2).computed() && !m.get(2).identity());
        assertTrue(m.get(3).computed() && !m.get(3).identity());
    }

    @Test
    void quotedCharIsTheInternalTypeAndKeepsItsQuotes() {
        List<ColumnDef> c = only(pg.recognize("CREATE TABLE t (a \"char\", b char, c pg_catalog.\"char\", "
                + "d \"my_type\", e char varying(10), f nchar varying(3))"), Change.CreateTable.class).columns();
        assertEquals("\"char\"", c.get(0).type().name());
        assertEquals("\"char\"", c.get(0).type().canonical());
        assertEquals("char", c.get(1).type().canonical());
        assertEquals("\"char\"", c.get(2).type().canonical());
        assertEquals("my_type", c.get(3).type().name());
        assertEquals(new DataType("char varying", "10", false), c.get(4).type());
        assertEquals("varchar", c.get(4).type().canonical());
        assertEquals("varchar", c.get(5).type().canonical());
    }

    @Test
    void mySqlColumnsAndConstraints() {
        Recognition r = my.recognize("CREATE TABLE `t` (`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT, "
                + "`name` varchar(64) DEFAULT NULL, `v` int NOT NULL DEFAULT '1', PRIMARY KEY (`id`), "
                + "UNIQUE KEY `uk_name` (`name`), KEY `ix_v` (`v`), "
                + "CONSTRAINT `fk` FOREIGN KEY (`v`) REFERENCES `o` (`id`)) ENGINE=InnoDB");
        assertEquals(2, r.changes().size(), r.toString());
        Change.CreateTable ct = (Change.CreateTable) r.changes().get(0);
        // the plain KEY is an index the replay must know, so a later DROP INDEX finds it
        assertEquals(new Change.CreateIndex("ix_v", Name.of("t"), List.of("v"), false, false, false, null),
                r.changes().get(1));
        assertEquals(3, ct.columns().size());
        ColumnDef id = ct.columns().get(0);
        assertTrue(id.generated());
        assertTrue(id.notNull());
        assertFalse(id.requiredOnInsert());
        assertNull(ct.columns().get(1).defaultExpression());
        assertEquals("'1'", ct.columns().get(2).defaultExpression());
        List<ConstraintDef> k = ct.constraints();
        assertEquals(3, k.size(), () -> "constraints: " + k);
        assertEquals(ConstraintDef.Kind.PRIMARY_KEY, k.get(0).kind());
        assertEquals(List.of("id"), k.get(0).columns());
        assertEquals(ConstraintDef.Kind.UNIQUE, k.get(1).kind());
        assertEquals("uk_name", k.get(1).name());
        assertEquals(ConstraintDef.Kind.FOREIGN_KEY, k.get(2).kind());
        assertEquals(Name.of("o"), k.get(2).refTable());
    }

    @Test
    void jsqlParserAndFallbackAgreeOnCreateTable() {
        String sql = "CREATE TABLE s.t (id int PRIMARY KEY, a varchar(10) NOT NULL DEFAULT 'x', b int REFERENCES o(id), "
                + "CONSTRAINT u UNIQUE (a), CHECK (b > 0))";
        List<Lexeme> lx = Lexemes.scan(sql, Dialect.POSTGRESQL);
        JsqlParse.Outcome o = new JsqlParse(Dialect.POSTGRESQL, new Watchdog(5000)).parse(sql, lx);
        assertNull(o.error());
        Recognition viaJsql = new JsqlMapper(Dialect.POSTGRESQL).map(o.statement(), sql, lx);
        Recognition viaFallback = new FallbackRecognizer(Dialect.POSTGRESQL, s -> Recognition.failed("x")).recognize(sql, lx);
        Change.CreateTable a = only(viaJsql, Change.CreateTable.class);
        Change.CreateTable b = only(viaFallback, Change.CreateTable.class);
        assertEquals(b.table(), a.table());
        assertEquals(b.columns(), a.columns());
        assertEquals(b.constraints().size(), a.constraints().size());
        for (int i = 0; i < a.constraints().size(); i++) {
            assertEquals(b.constraints().get(i).kind(), a.constraints().get(i).kind());
            assertEquals(b.constraints().get(i).columns(), a.constraints().get(i).columns());
        }
    }

    @Test
    void redefineColumnKeepsWholeDefinition() {
        Change.RedefineColumn rc = only(my.recognize("ALTER TABLE t CHANGE COLUMN `a` `b` varchar(10) NOT NULL DEFAULT 'x'"),
                Change.RedefineColumn.class);
        assertEquals("a", rc.oldName());
        assertEquals("b", rc.column().name());
        assertTrue(rc.renames());
        assertTrue(rc.column().notNull());
        assertEquals("'x'", rc.column().defaultExpression());
        assertEquals(StatementClass.DESTRUCTIVE, rc.statementClass());
    }

    @Test
    void alterColumnTypeUsing() {
        Change.AlterColumnType t = only(pg.recognize("ALTER TABLE t ALTER COLUMN a SET DATA TYPE bigint USING a::bigint"),
                Change.AlterColumnType.class);
        assertEquals("a::bigint", t.using());
        assertEquals(DataType.of("bigint"), t.type());
        assertNull(only(pg.recognize("ALTER TABLE t ALTER a TYPE text"), Change.AlterColumnType.class).using());
    }

    @Test
    void enumValuesAndSessionScopes() {
        Change.CreateEnumType e = only(pg.recognize("CREATE TYPE s.mood AS ENUM ('a', 'it''s')"), Change.CreateEnumType.class);
        assertEquals(List.of("a", "it's"), e.values());
        assertEquals(new Name("s", "mood"), e.type());
        assertEquals(Change.Scope.LOCAL,
                only(pg.recognize("SET LOCAL lock_timeout = '1s'"), Change.SessionSetting.class).scope());
        assertEquals(Change.Scope.GLOBAL,
                only(my.recognize("SET GLOBAL foreign_key_checks = 0"), Change.SessionSetting.class).scope());
        Change.SessionSetting s = only(pg.recognize("SET lock_timeout TO '10s'"), Change.SessionSetting.class);
        assertEquals("lock_timeout", s.name());
        assertEquals("10s", s.value());
    }

    @Test
    void whereIsSeenOnUpdateAndDelete() {
        assertTrue(only(pg.recognize("UPDATE t SET a = 1 WHERE id IN (SELECT id FROM u)"), Change.RowChange.class).hasWhere());
        assertFalse(only(pg.recognize("UPDATE t SET a = (SELECT 1 FROM u WHERE u.x = 1)"), Change.RowChange.class).hasWhere());
        assertFalse(only(my.recognize("DELETE FROM t"), Change.RowChange.class).hasWhere());
    }

    @Test
    void proceduralBlockClassIsItsWorstInnerChange() {
        Change.ProceduralBlock b = only(pg.recognize("DO $$ BEGIN IF x THEN ALTER TABLE t DROP COLUMN c; END IF; END $$"),
                Change.ProceduralBlock.class);
        assertEquals(StatementClass.DESTRUCTIVE, b.statementClass());
        Recognition bad = pg.recognize("DO $$ BEGIN ALTER TABLE t FROBNICATE; END $$");
        assertFalse(bad.understood(), "a schema change inside the block that is not understood makes the block unknown");
    }

    @Test
    void mySqlAlgorithmAndLockClausesAreKeptAsOptions() {
        Recognition r = my.recognize("ALTER TABLE t MODIFY q BIGINT NOT NULL, ALGORITHM = INPLACE, LOCK=NONE");
        assertTrue(r.understood(), () -> "not understood: " + r.problem());
        assertEquals(List.of(new Change.AlterTableOption(Name.of("t"), "ALGORITHM", "INPLACE"),
                new Change.AlterTableOption(Name.of("t"), "LOCK", "NONE")), r.changes().subList(1, 3));
        Change.AlterTableOption bare = only(my.recognize("ALTER TABLE t ALGORITHM INSTANT"),
                Change.AlterTableOption.class);
        assertEquals("ALGORITHM", bare.option());
        assertEquals("INSTANT", bare.value().strip());
    }

    @Test
    void mySqlFulltextAndSpatialIndexesSayWhatTheyAre() {
        assertEquals("fulltext", only(my.recognize("ALTER TABLE t ADD FULLTEXT INDEX t_ft (body)"),
                Change.CreateIndex.class).method());
        assertEquals("spatial", only(my.recognize("ALTER TABLE t ADD SPATIAL KEY t_sp (spot)"),
                Change.CreateIndex.class).method());
        assertNull(only(my.recognize("ALTER TABLE t ADD INDEX t_i (a)"), Change.CreateIndex.class).method());
        assertEquals("fulltext", only(my.recognize("CREATE FULLTEXT INDEX t_ft ON t (body)"),
                Change.CreateIndex.class).method());
    }

    @Test
    void mySqlAddColumnPosition() {
        assertEquals("AFTER id", only(my.recognize("ALTER TABLE t ADD COLUMN c INT NULL AFTER `id`"),
                Change.AddColumn.class).position());
        assertEquals("FIRST", only(my.recognize("ALTER TABLE t ADD c INT FIRST"), Change.AddColumn.class).position());
        assertNull(only(my.recognize("ALTER TABLE t ADD COLUMN c VARCHAR(9) DEFAULT 'first' COMMENT 'after x'"),
                Change.AddColumn.class).position());
        assertNull(only(my.recognize("ALTER TABLE t ADD COLUMN first INT"), Change.AddColumn.class).position());
    }

    @Test
    void mySqlForeignKeyChecksSetting() {
        Change.SessionSetting off = only(my.recognize("SET FOREIGN_KEY_CHECKS=OFF"), Change.SessionSetting.class);
        assertEquals("foreign_key_checks", off.name().toLowerCase(java.util.Locale.ROOT));
        assertEquals("OFF", off.value());
        assertEquals(Change.Scope.SESSION, off.scope());
        Change.SessionSetting global = only(my.recognize("SET GLOBAL foreign_key_checks = 0"),
                Change.SessionSetting.class);
        assertEquals(Change.Scope.GLOBAL, global.scope());
    }
}
