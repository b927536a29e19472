package dev.rollsafe.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.rollsafe.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery over paths given, config folders and whole trees, including the paths that go wrong. */
class MigrationFinderTest {
    @TempDir
    Path cwd;

    private final MigrationFinder finder = new MigrationFinder();

    private Path file(String rel, String text) throws IOException {
        Path p = cwd.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Discovery discover(List<Path> paths) {
        return finder.discover(cwd, paths, Config.empty(), null);
    }

    private static List<String> shown(Discovery d) {
        return d.sets().stream().flatMap(s -> s.files().stream()).map(MigrationFile::displayPath)
                .collect(Collectors.toList());
    }

    @Test
    void walkSkipsBuildOutputVendoredAndHiddenFolders() throws IOException {
        file("app/db/migration/V1__a.sql", "CREATE TABLE a (id INT);");
        file("app/target/classes/db/migration/V1__a.sql", "CREATE TABLE a (id INT);");
        file("app/node_modules/pkg/migrations/001_x.sql", "CREATE TABLE x (id INT);");
        file("app/.hidden/migrations/001_x.sql", "CREATE TABLE x (id INT);");
        file("app/vendor/lib/migrations/001_x.sql", "CREATE TABLE x (id INT);");
        file("app/docs/example.sql", "SELECT 1;");
        Discovery d = discover(List.of());
        assertEquals(List.of("app/db/migration/V1__a.sql"), shown(d));
        assertEquals(List.of(), d.usageErrors());
    }

    @Test
    void schemaDumpsSeedDataAndQueryFilesAreNotMigrations() throws IOException {
        file("db/schema.sql", "CREATE TABLE a (id INT);");
        file("db/structure.sql", "CREATE TABLE a (id INT);");
        file("db/seeds.sql", "INSERT INTO a VALUES (1);");
        file("db/queries/users.sql", "-- name: GetA :one\nSELECT * FROM a WHERE id = $1;");
        file("db/migrations/001_init.sql", "CREATE TABLE b (id INT);");
        file("sql/seed_users.sql", "INSERT INTO a VALUES (2);");
        Discovery d = discover(List.of());
        assertEquals(List.of("db/migrations/001_init.sql"), shown(d));
        // named by the user, a file is what the user says it is
        assertEquals(List.of("db/schema.sql"), shown(discover(List.of(Path.of("db/schema.sql")))));
    }

    @Test
    void missingPathIsAUsageErrorAndOtherPathsStillWork() throws IOException {
        file("db/001_a.sql", "CREATE TABLE a (id INT);");
        Discovery d = discover(List.of(Path.of("nope"), Path.of("db")));
        assertEquals(List.of("nope: no such file or directory"), d.usageErrors());
        assertEquals(List.of("db/001_a.sql"), shown(d));
    }

    @Test
    void folderWithoutMigrations() throws IOException {
        file("docs/readme.md", "# hi");
        Discovery d = discover(List.of(Path.of("docs")));
        assertTrue(d.sets().isEmpty());
        assertEquals(List.of("docs: no migrations found"), d.messages());
    }

    @Test
    void givenFolderHoldingSeveralMigrationFolders() throws IOException {
        file("services/a/migrations/1_init.up.sql", "CREATE TABLE a (id INT);");
        file("services/b/db/migration/V1__init.sql", "CREATE TABLE b (id INT);");
        Discovery d = discover(List.of(Path.of("services")));
        assertEquals(List.of(Layout.GOLANG_MIGRATE, Layout.FLYWAY),
                d.sets().stream().map(MigrationSet::layout).collect(Collectors.toList()));
    }

    @Test
    void givenFolderOfUnnumberedSqlIsPlain() throws IOException {
        file("scripts/setup.sql", "CREATE TABLE a (id INT);");
        Discovery d = discover(List.of(Path.of("scripts")));
        assertEquals(1, d.sets().size());
        assertEquals(Layout.PLAIN, d.sets().get(0).layout());
    }

    @Test
    void symlinkLoopIsAMessageNotAnException() throws IOException {
        file("db/migrations/001_a.sql", "CREATE TABLE a (id INT);");
        Files.createSymbolicLink(cwd.resolve("db/migrations/loop"), cwd.resolve("db"));
        Discovery d = discover(List.of(Path.of("db")));
        assertEquals(List.of("db/migrations/001_a.sql"), shown(d));
        assertTrue(d.messages().stream().anyMatch(m -> m.equals("db/migrations/loop: skipped: symbolic link loop")),
                d.messages().toString());
    }

    @Test
    void unreadableFolderIsAMessage() throws IOException {
        file("db/migrations/001_a.sql", "CREATE TABLE a (id INT);");
        Path locked = Files.createDirectories(cwd.resolve("db/locked"));
        file("db/locked/001_b.sql", "CREATE TABLE b (id INT);");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as a user who can read anything");
            Discovery d = discover(List.of(Path.of("db")));
            assertEquals(List.of("db/migrations/001_a.sql"), shown(d));
            assertTrue(d.messages().stream().anyMatch(m -> m.startsWith("db/locked: ")), d.messages().toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void badFilesAreListedWithAProblem() throws IOException {
        file("db/001_ok.sql", "CREATE TABLE a (id INT);");
        Files.write(cwd.resolve("db/002_latin1.sql"), new byte[] {'S', (byte) 0xE9, ';'});
        Files.createSymbolicLink(cwd.resolve("db/003_gone.sql"), cwd.resolve("db/missing.sql"));
        file("db/004_empty.sql", "");
        Discovery d = discover(List.of(Path.of("db")));
        List<MigrationFile> files = d.sets().get(0).files();
        assertEquals(4, files.size());
        assertEquals(null, files.get(0).problem());
        assertEquals("not valid UTF-8 (bad byte at offset 1)", files.get(1).problem());
        assertTrue(files.get(1).segments().isEmpty());
        assertEquals("broken symbolic link", files.get(2).problem());
        assertTrue(files.get(3).readable());
        assertEquals("", files.get(3).text());
    }

    @Test
    void singleFilesGetTheirLayoutFromNameFolderOrContent() throws IOException {
        Path flyway = file("x/V1_1__a.sql", "CREATE TABLE a (id INT);");
        Path golang = file("x/3_b.down.sql", "DROP TABLE b;");
        Path goose = file("x/c.sql", "-- +goose Up\nCREATE TABLE c (id INT);\n");
        Path diesel = file("m/2020-01-01-000000_users/down.sql", "DROP TABLE users;");
        Path plain = file("x/other.sql", "SELECT 1;");
        Discovery d = discover(List.of(flyway, golang, goose, diesel, plain));
        assertEquals(List.of(Layout.FLYWAY, Layout.GOLANG_MIGRATE, Layout.GOOSE, Layout.DIESEL, Layout.PLAIN),
                d.sets().stream().map(MigrationSet::layout).collect(Collectors.toList()));
        assertEquals("1.1", d.sets().get(0).files().get(0).identity());
        assertEquals(flyway, d.sets().get(0).root());
        assertEquals(false, d.sets().get(1).files().get(0).deploy());
        assertEquals("2020-01-01-000000_users", d.sets().get(3).files().get(0).identity());
        assertEquals("x/other.sql", d.sets().get(4).files().get(0).displayPath());
    }

    @Test
    void configFoldersReplaceTheWalkAndCarryLayoutAndDialect() throws IOException {
        file("a/001_x.sql", "CREATE TABLE a (id INT);");
        file("b/001_y.sql", "CREATE TABLE b (id INT);");
        Config cfg = new Config(cwd.resolve("rollsafe.yaml"),
                List.of(new MigrationFolder(cwd.resolve("b"), Layout.PLAIN, Dialect.MYSQL),
                        new MigrationFolder(cwd.resolve("gone"), null, null)),
                null, null, null, Map.of());
        Discovery d = finder.discover(cwd, List.of(), cfg, null);
        assertEquals(List.of("b/001_y.sql"), shown(d));
        assertEquals(Dialect.MYSQL, d.sets().get(0).dialect());
        assertEquals(List.of("gone: no such file or directory (listed in rollsafe.yaml)"), d.usageErrors());
    }

    @Test
    void configuredLayoutIsUsedWithoutSigns() throws IOException {
        file("db/init.sql", "-- +goose Up\nCREATE TABLE a (id INT);\n");
        Config cfg = new Config(null, List.of(), Layout.PLAIN, null, null, Map.of());
        Discovery d = finder.discover(cwd, List.of(Path.of("db")), cfg, null);
        assertEquals(Layout.PLAIN, d.sets().get(0).layout());
    }

    @Test
    void displayPathIsRelativeWithSlashesOrAbsoluteOutside(@TempDir Path elsewhere) throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("001_a.sql"), "SELECT 1;");
        Discovery d = discover(List.of(outside));
        assertEquals(outside.toAbsolutePath().normalize().toString(), d.sets().get(0).files().get(0).displayPath());
        assertEquals("a/b.sql", DisplayPaths.of(cwd, cwd.resolve("a").resolve("b.sql")));
        assertEquals(".", DisplayPaths.of(cwd, cwd));
    }
}
