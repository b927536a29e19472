package dev.rollsafe.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Django layout: apps' migration folders as one set in dependency order, its dialect from the settings. */
class DjangoLayoutTest {

    @Test
    void appsAreOneSetInDependencyOrderAcrossApps() {
        MigrationSet s = LayoutFixturesTest.only("django");
        assertEquals(Layout.DJANGO, s.layout());
        // accounts.0003 waits for orders.0002, which waits for accounts.0002
        assertEquals(List.of("accounts.0001_initial", "accounts.0002_customer_phone", "orders.0001_initial",
                "orders.0002_order_reference", "accounts.0003_remove_customer_full_name"), LayoutFixturesTest.ids(s));
        assertEquals(Dialect.POSTGRESQL, s.dialect(), "from the settings' DATABASES engine");
        assertEquals(List.of(true, true, true, false, true),
                s.files().stream().map(f -> f.segments().get(0).transactional()).toList(), "atomic = False");
        assertEquals("orders/migrations/0002_order_reference.py", s.files().get(3).displayPath());
    }

    @Test
    void mysqlSettingsAndAppLabelFromAppsPy() {
        MigrationSet s = LayoutFixturesTest.only("django-mysql");
        assertEquals(Dialect.MYSQL, s.dialect());
        assertEquals(List.of("journal.0001_initial", "journal.0002_post_slug"), LayoutFixturesTest.ids(s));
        assertFalse(s.files().get(0).segments().get(0).transactional(), "MySQL cannot roll DDL back: no transaction");
    }

    @Test
    void stableTopologicalOrderWithFirstLatestAndRunBefore(@TempDir Path dir) throws Exception {
        write(dir, "a/migrations/0001_initial.py", List.of());
        write(dir, "a/migrations/0002_second.py", List.of("(\"a\", \"0001_initial\")", "(\"c\", \"__latest__\")"));
        write(dir, "b/migrations/0001_initial.py", List.of("(\"a\", \"__first__\")"));
        write(dir, "c/migrations/0001_initial.py", List.of());
        write(dir, "c/migrations/0002_more.py", List.of("(\"c\", \"0001_initial\")"));
        Files.writeString(dir.resolve("c/migrations/0003_last.py"), """
                from django.db import migrations

                class Migration(migrations.Migration):
                    dependencies = [("c", "0002_more")]
                    run_before = [("b", "0001_initial")]
                    operations = []
                """);
        Discovery d = new MigrationFinder().discover(dir, List.of(), Config.empty(), null);
        assertEquals(1, d.sets().size(), d.sets().toString());
        // a.0002 needs c.__latest__ (c.0003), and c.0003 runs before b.0001; ties go by app, then name
        assertEquals(List.of("a.0001_initial", "c.0001_initial", "c.0002_more", "c.0003_last", "a.0002_second",
                "b.0001_initial"), LayoutFixturesTest.ids(d.sets().get(0)));
    }

    @Test
    void aCycleIsReportedAndTheFilesStillChecked(@TempDir Path dir) throws Exception {
        write(dir, "a/migrations/0001_initial.py", List.of("(\"b\", \"0001_initial\")"));
        write(dir, "b/migrations/0001_initial.py", List.of("(\"a\", \"0001_initial\")"));
        Discovery d = new MigrationFinder().discover(dir, List.of(), Config.empty(), null);
        assertEquals(2, d.sets().get(0).files().size());
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("form a cycle")), d.messages().toString());
    }

    @Test
    void aMigrationFolderOrFileGivenAloneIsDjango(@TempDir Path dir) throws Exception {
        write(dir, "app/migrations/0001_initial.py", List.of());
        write(dir, "app/migrations/0002_next.py", List.of("(\"app\", \"0001_initial\")"));
        Discovery folder = new MigrationFinder().discover(dir, List.of(Path.of("app/migrations")), Config.empty(), null);
        assertEquals(Layout.DJANGO, folder.sets().get(0).layout());
        assertEquals(2, folder.sets().get(0).files().size());
        Discovery file = new MigrationFinder().discover(dir, List.of(Path.of("app/migrations/0002_next.py")),
                Config.empty(), null);
        assertEquals(Layout.DJANGO, file.sets().get(0).layout());
        assertEquals(List.of("app.0002_next"), LayoutFixturesTest.ids(file.sets().get(0)));
        Discovery around = new MigrationFinder().discoverAround(dir, List.of(Path.of("app/migrations/0002_next.py")),
                Config.empty(), null);
        assertEquals(List.of("app.0001_initial", "app.0002_next"), LayoutFixturesTest.ids(around.sets().get(0)));
    }

    @Test
    void pythonFilesThatAreNotMigrationsAreNotDjango(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("tool/migrations"));
        Files.writeString(dir.resolve("tool/migrations/0001_setup.py"), "def up(db):\n    db.execute('x')\n");
        Discovery d = new MigrationFinder().discover(dir, List.of(), Config.empty(), null);
        assertTrue(d.sets().stream().noneMatch(s -> s.layout() == Layout.DJANGO), d.sets().toString());
    }

    @Test
    void aSquashedMigrationIsLeftOutWhileItsReplacedOnesAreThere(@TempDir Path dir) throws Exception {
        write(dir, "z/migrations/0001_initial.py", List.of());
        write(dir, "z/migrations/0002_more.py", List.of("(\"z\", \"0001_initial\")"));
        Files.writeString(dir.resolve("z/migrations/0001_squashed_0002_more.py"), """
                from django.db import migrations

                class Migration(migrations.Migration):
                    replaces = [("z", "0001_initial"), ("z", "0002_more")]
                    dependencies = []
                    operations = []
                """);
        write(dir, "b/migrations/0001_initial.py", List.of("(\"z\", \"0001_squashed_0002_more\")"));
        // b sorts before z: only the dependency on the squashed migration puts it last
        Discovery d = new MigrationFinder().discover(dir, List.of(), Config.empty(), null);
        assertEquals(List.of("z.0001_initial", "z.0002_more", "b.0001_initial"), LayoutFixturesTest.ids(d.sets().get(0)));
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("squashed migration left out")), d.messages().toString());
        Files.delete(dir.resolve("z/migrations/0001_initial.py"));
        Files.delete(dir.resolve("z/migrations/0002_more.py"));
        Discovery after = new MigrationFinder().discover(dir, List.of(), Config.empty(), null);
        assertEquals(List.of("z.0001_squashed_0002_more", "b.0001_initial"), LayoutFixturesTest.ids(after.sets().get(0)));
    }

    @Test
    void settingsNameTheDialectByEngineOrUrl(@TempDir Path dir) throws Exception {
        write(dir, "app/migrations/0001_initial.py", List.of());
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/settings.py"),
                "DATABASES = {\"default\": {\"ENGINE\": \"django.contrib.gis.db.backends.postgis\"}}\n");
        assertEquals(Dialect.POSTGRESQL, only(dir).dialect());
        Files.writeString(dir.resolve("site/settings.py"),
                "DATABASES = {\"default\": dj_database_url.config(default=\"mysql://u@db/app\")}\n");
        assertEquals(Dialect.MYSQL, only(dir).dialect());
        Files.writeString(dir.resolve("rollsafe.yaml"), "dialect: mariadb\n");
        Discovery d = new MigrationFinder().discover(dir, List.of(), ConfigLoader.loadDefault(dir), null);
        assertEquals(Dialect.MARIADB, d.sets().get(0).dialect(), "rollsafe.yaml wins over the settings");
    }

    private static MigrationSet only(Path dir) {
        Discovery d = new MigrationFinder().discover(dir, List.of(), Config.empty(), null);
        assertEquals(1, d.sets().size(), d.sets().toString());
        return d.sets().get(0);
    }

    private static void write(Path dir, String file, List<String> deps) throws Exception {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n"
                + "    dependencies = [" + String.join(", ", deps) + "]\n    operations = []\n");
    }
}
