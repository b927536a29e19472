package dev.rollsafe.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each layout's fixture tree under testdata/layouts: detected layout, order, deploy and transaction flags. */
class LayoutFixturesTest {

    static Path layouts() {
        return Path.of(System.getProperty("rollsafe.repoRoot", ".")).toAbsolutePath().normalize()
                .resolve("testdata/layouts");
    }

    static Discovery discover(String folder) {
        Path cwd = layouts().resolve(folder);
        return new MigrationFinder().discover(cwd, List.of(), Config.empty(), null);
    }

    static MigrationSet only(String folder) {
        Discovery d = discover(folder);
        assertEquals(1, d.sets().size(), () -> "sets in " + folder + ": " + d.sets());
        return d.sets().get(0);
    }

    static List<String> ids(MigrationSet s) {
        return s.files().stream().map(MigrationFile::identity).collect(Collectors.toList());
    }

    static String seg(MigrationFile f, int i) {
        Segment s = f.segments().get(i);
        return f.text().substring(s.start(), s.end()).strip();
    }

    @Test
    void flywayOrdersBaselineVersionsNumericallyUndoAfterItsVersionThenRepeatables() {
        Discovery d = discover("flyway");
        MigrationSet s = d.sets().get(0);
        assertEquals(Layout.FLYWAY, s.layout());
        assertEquals(1, d.sets().size(), "a sub-folder belongs to its Flyway location");
        assertEquals(List.of("B:1", "1.2.9", "1.2.10", "2", "U:2", "3", "R:a_functions", "R:views"), ids(s));
        assertEquals(List.of(true, true, true, true, false, true, true, true),
                s.files().stream().map(MigrationFile::deploy).collect(Collectors.toList()));
        assertFalse(s.files().get(4).segments().get(0).deploy());
        assertEquals(List.of(true, true, true, true, true, false, true, true),
                s.files().stream().map(f -> f.segments().get(0).transactional()).collect(Collectors.toList()),
                "V3 has executeInTransaction=false in its .conf");
        assertEquals("db/migration/V1_2_10__c.sql", s.files().get(2).displayPath());
        assertTrue(d.messages().stream().anyMatch(m -> m.startsWith("db/migration/notes.sql: ignored")),
                d.messages().toString());
    }

    @Test
    void flywayVersionFoldersAreOneSet() {
        MigrationSet s = only("flyway-nested");
        assertEquals(Layout.FLYWAY, s.layout());
        assertEquals(List.of("1", "2", "10"), ids(s));
    }

    @Test
    void liquibaseChangesetsAndRollbacksAreSegments() {
        MigrationSet s = only("liquibase");
        assertEquals(Layout.LIQUIBASE, s.layout());
        MigrationFile f = s.files().get(0);
        List<Segment> segs = f.segments();
        assertEquals(5, segs.size(), segs.toString());
        assertEquals("alice:1", segs.get(0).label());
        assertEquals("CREATE TABLE person (id INT PRIMARY KEY);", seg(f, 0));
        assertTrue(segs.get(0).deploy() && segs.get(0).transactional());
        assertEquals("DROP TABLE person;", seg(f, 1));
        assertFalse(segs.get(1).deploy());
        assertEquals("alice:1", segs.get(1).label());
        assertEquals("bob:2", segs.get(2).label());
        assertFalse(segs.get(2).transactional());
        assertEquals("carol smith:func-3", segs.get(3).label());
        assertTrue(segs.get(3).singleStatement());
        assertEquals("/", segs.get(3).delimiter());
        assertEquals("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n/", seg(f, 3));
        assertEquals("DROP FUNCTION f();", seg(f, 4));
        assertFalse(segs.get(4).deploy());
        MigrationFile views = s.files().get(1);
        assertEquals("views.sql", views.identity());
        assertEquals(1, views.segments().size(), "a file without the header is run whole");
        assertEquals(views.text().length(), views.segments().get(0).end());
    }

    @Test
    void golangMigrateIsNumericWithDownAfterUpAndTransactionOnlyOnPostgres() {
        Discovery d = discover("golang-migrate");
        assertEquals(2, d.sets().size());
        MigrationSet mysql = d.sets().get(0);
        MigrationSet pg = d.sets().get(1);
        assertEquals(Dialect.MYSQL, mysql.dialect());
        assertEquals(Dialect.POSTGRESQL, pg.dialect());
        assertEquals(Layout.GOLANG_MIGRATE, pg.layout());
        assertEquals(List.of("1_init.up.sql", "1_init.down.sql", "2_add_b.up.sql", "10_index.up.sql",
                "10_index.down.sql"), ids(pg));
        assertEquals(List.of(true, false, true, true, false),
                pg.files().stream().map(MigrationFile::deploy).collect(Collectors.toList()));
        assertTrue(pg.files().get(0).segments().get(0).transactional());
        assertFalse(mysql.files().get(0).segments().get(0).transactional());
    }

    @Test
    void gooseSectionsBlocksAndNoTransaction() {
        MigrationSet s = only("goose");
        assertEquals(Layout.GOOSE, s.layout());
        assertEquals(List.of("00001_init.sql", "00002_func.sql", "00010_index.sql"), ids(s));
        MigrationFile init = s.files().get(0);
        assertEquals(2, init.segments().size());
        assertEquals("CREATE TABLE t (id INT);", seg(init, 0));
        assertEquals("up", init.segments().get(0).label());
        assertEquals("DROP TABLE t;", seg(init, 1));
        assertFalse(init.segments().get(1).deploy());
        MigrationFile func = s.files().get(1);
        assertEquals(3, func.segments().size(), func.segments().toString());
        assertTrue(func.segments().get(0).singleStatement());
        assertTrue(seg(func, 0).startsWith("CREATE FUNCTION") && seg(func, 0).endsWith("plpgsql;"));
        assertFalse(func.segments().get(1).singleStatement());
        assertEquals("ALTER TABLE t ADD COLUMN x INT;", seg(func, 1));
        assertTrue(func.segments().get(1).transactional());
        MigrationFile index = s.files().get(2);
        assertTrue(index.segments().stream().noneMatch(Segment::transactional));
        assertEquals("CREATE INDEX CONCURRENTLY t_x ON t (x);", seg(index, 0));
    }

    @Test
    void dbmateSectionsAndTransactionFalse() {
        MigrationSet s = only("dbmate");
        assertEquals(Layout.DBMATE, s.layout());
        MigrationFile users = s.files().get(0);
        assertEquals("CREATE TABLE users (id SERIAL PRIMARY KEY);", seg(users, 0));
        assertTrue(users.segments().get(0).transactional());
        assertEquals("DROP TABLE users;", seg(users, 1));
        assertFalse(users.segments().get(1).deploy());
        MigrationFile index = s.files().get(1);
        assertFalse(index.segments().get(0).transactional());
        assertTrue(index.segments().get(1).transactional());
    }

    @Test
    void dieselFoldersWithMetadata() {
        MigrationSet s = only("diesel");
        assertEquals(Layout.DIESEL, s.layout());
        assertEquals(List.of("00000000000000_diesel_initial_setup", "00000000000000_diesel_initial_setup",
                "2020-01-02-000000_create_users", "2020-01-02-000000_create_users"), ids(s));
        assertEquals(List.of(true, false, true, false),
                s.files().stream().map(MigrationFile::deploy).collect(Collectors.toList()));
        assertTrue(s.files().get(0).segments().get(0).transactional());
        assertFalse(s.files().get(2).segments().get(0).transactional());
    }

    @Test
    void prismaFoldersAndLockProvider() {
        MigrationSet s = only("prisma");
        assertEquals(Layout.PRISMA, s.layout());
        assertEquals(Dialect.MYSQL, s.dialect());
        assertEquals(List.of("20240101000000_init", "20240201000000_add_name"), ids(s));
    }

    @Test
    void sqitchPlanOrderAndEngine() {
        MigrationSet s = only("sqitch");
        assertEquals(Layout.SQITCH, s.layout());
        assertEquals(Dialect.MYSQL, s.dialect());
        List<String> shown = new ArrayList<>();
        for (MigrationFile f : s.files()) {
            shown.add(f.displayPath() + (f.deploy() ? "" : " (no deploy)"));
        }
        assertEquals(List.of("deploy/users.sql", "verify/users.sql (no deploy)", "revert/users.sql (no deploy)",
                "deploy/appschema.sql", "verify/appschema.sql (no deploy)", "revert/appschema.sql (no deploy)"),
                shown);
        assertEquals("users", s.files().get(0).identity());
    }

    @Test
    void atlasNameOrderAndTxmode() {
        MigrationSet s = only("atlas");
        assertEquals(Layout.ATLAS, s.layout());
        assertEquals(List.of("20230101000000_a.sql", "20230102000000_b.sql"), ids(s));
        assertTrue(s.files().get(0).segments().get(0).transactional());
        assertFalse(s.files().get(1).segments().get(0).transactional());
    }

    @Test
    void popxMakesOneSetPerDialectAndListsEveryFile() {
        Discovery d = discover("popx");
        assertEquals(2, d.sets().size());
        MigrationSet pg = d.sets().get(0);
        MigrationSet my = d.sets().get(1);
        assertEquals(Dialect.POSTGRESQL, pg.dialect());
        assertEquals(Dialect.MYSQL, my.dialect());
        assertEquals(List.of("20200101000000000000_a.up.sql", "20200101000000000000_a.down.sql",
                "20200102000000000000_b.mysql.up.sql", "20200104000000000000_d.mysql.up.sql"), ids(my));
        List<String> pgIds = ids(pg);
        assertTrue(pgIds.contains("20200102000000000000_b.postgres.up.sql"));
        assertTrue(pgIds.contains("20200104000000000000_d.postgres.autocommit.up.sql"));
        MigrationFile sqlite = pg.files().stream().filter(f -> f.identity().contains("sqlite3")).findFirst()
                .orElseThrow();
        assertEquals("not linted: written for sqlite3", sqlite.problem());
        assertTrue(sqlite.segments().isEmpty());
        MigrationFile cockroach = pg.files().stream().filter(f -> f.identity().contains("cockroach")).findFirst()
                .orElseThrow();
        assertEquals("not linted: written for cockroach", cockroach.problem());
        MigrationFile auto = pg.files().stream().filter(f -> f.identity().contains("autocommit")).findFirst()
                .orElseThrow();
        assertFalse(auto.segments().get(0).transactional());
        assertEquals(Dialect.POSTGRESQL, auto.dialect());
        assertNull(pg.files().get(0).dialect());
        MigrationFile replaced = pg.files().stream().filter(f -> f.identity().equals("20200102000000000000_b.up.sql"))
                .findFirst().orElseThrow();
        assertEquals("not linted: replaced by dialect-specific migrations", replaced.problem());
        java.util.Set<Path> all = new java.util.HashSet<>();
        d.sets().forEach(set -> set.files().forEach(f -> all.add(f.path())));
        assertEquals(9, all.size(), "every file is listed in some set");
    }

    @Test
    void plainNumberedFilesInNaturalOrder() {
        MigrationSet s = only("plain");
        assertEquals(Layout.PLAIN, s.layout());
        assertEquals(List.of("001_a.sql", "0002-b.sql", "9_d.sql", "10_c.sql"), ids(s));
        assertFalse(s.files().get(0).segments().get(0).transactional());
    }

    @Test
    void versionedDeltaFoldersAfterFullSchema() {
        MigrationSet s = only("plain-versioned");
        assertEquals(Layout.PLAIN, s.layout());
        assertEquals(Dialect.POSTGRESQL, s.dialect());
        assertEquals(List.of("full_schemas/72/full.sql.postgres", "delta/9/01nine.sql", "delta/10/01ten.sql",
                "delta/10/01ten.sql.sqlite", "delta/73/02idx.sql.postgres"), ids(s));
        assertEquals("not linted: written for sqlite3", s.files().get(3).problem());
        assertEquals(Dialect.POSTGRESQL, s.files().get(4).dialect());
    }

    @Test
    void baseFilesSplitVersionedScriptsIntoOneSetPerDatabase() {
        Discovery d = discover("plain-split");
        assertEquals(2, d.sets().size());
        assertEquals(List.of("configdb.sql", "delta/v040-v050/configdb-v040-v050.sql",
                "delta/v060-v062/configdb-v060-v062.sql", "delta/v060-v062/configdb-v060-v062-after.sql",
                "delta/v100-v110/configdb-v100-v110.sql"), ids(d.sets().get(0)));
        assertEquals(List.of("portaldb.sql", "delta/v040-v050/portaldb-v040-v050.sql"), ids(d.sets().get(1)));
        assertEquals(Dialect.MYSQL, d.sets().get(0).dialect());
    }

    @Test
    void postgresAndMysqlFoldersSideBySideAreSeparateSets() {
        Discovery d = discover("dialects");
        assertEquals(2, d.sets().size());
        assertEquals(Dialect.MYSQL, d.sets().get(0).dialect());
        assertEquals(Dialect.POSTGRESQL, d.sets().get(1).dialect());
    }

    @Test
    void dialectIsSniffedFromContent() {
        assertEquals(Dialect.MYSQL, only("sniff/mysqlish").dialect());
        assertEquals(Dialect.POSTGRESQL, only("sniff/pgish").dialect());
    }

    @Test
    void dialectOverrideBeatsEverything() {
        Path cwd = layouts().resolve("prisma");
        Discovery d = new MigrationFinder().discover(cwd, List.of(), Config.empty(), Dialect.POSTGRESQL);
        assertEquals(Dialect.POSTGRESQL, d.sets().get(0).dialect());
        Config cfg = new Config(null, List.of(), null, Dialect.MARIADB, null, java.util.Map.of());
        assertEquals(Dialect.MARIADB, new MigrationFinder().discover(cwd, List.of(), cfg, null).sets().get(0).dialect());
    }

    @Test
    void aFileGivenAloneComesWithItsWholeSetForContext() {
        Path root = layouts();
        List<Path> files = List.of(root.resolve("plain-versioned/schema/main/delta/10/01ten.sql"),
                root.resolve("plain-versioned/schema/main/delta/73/02idx.sql.postgres"),
                root.resolve("diesel/migrations/2020-01-02-000000_create_users/up.sql"),
                root.resolve("golang-migrate/postgres/2_add_b.up.sql"),
                root.resolve("popx/migrations/20200101000000000000_a.up.sql"));
        Discovery d = new MigrationFinder().discoverAround(root, files, Config.empty(), null);
        assertEquals(List.of(Layout.PLAIN, Layout.DIESEL, Layout.GOLANG_MIGRATE, Layout.POPX, Layout.POPX),
                d.sets().stream().map(MigrationSet::layout).collect(Collectors.toList()));
        assertEquals(5, d.sets().get(0).files().size(), "the versioned set with its full schema and deltas");
        assertEquals(4, d.sets().get(1).files().size());
        assertEquals(5, d.sets().get(2).files().size());
        assertEquals(List.of(), d.usageErrors());
    }
}
