package dev.rollsafe.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Config parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(dir.resolve("rollsafe.yaml"), yaml);
    }

    @Test
    void readsAllKnownKeysAndKeepsUnknownOnes() throws ConfigException {
        Config c = parse("""
                migrations:
                  - db/migration
                  - path: other/pg
                    layout: golang-migrate
                    dialect: postgres
                layout: flyway
                dialect: mysql
                db-version: "8.0.32"
                window: 2
                releaseTags: ["v*"]
                """);
        assertEquals(List.of(new MigrationFolder(dir.resolve("db/migration"), null, null),
                new MigrationFolder(dir.resolve("other/pg"), Layout.GOLANG_MIGRATE, Dialect.POSTGRESQL)),
                c.migrations());
        assertEquals(Layout.FLYWAY, c.layout());
        assertEquals(Dialect.MYSQL, c.dialect());
        assertEquals("8.0.32", c.dbVersion());
        assertEquals(Map.of("window", 2, "releaseTags", List.of("v*")), c.extra());
    }

    @Test
    void dbVersionCamelCaseAndNumbers() throws ConfigException {
        assertEquals("15", parse("dbVersion: 15\n").dbVersion());
    }

    @Test
    void emptyFileIsEmptyConfig() throws ConfigException {
        Config c = parse("# nothing here\n");
        assertTrue(c.migrations().isEmpty());
        assertNull(c.layout());
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("layout: flyway\nmigrations: [a, b\n"));
        assertTrue(e.getMessage().matches(".*rollsafe\\.yaml:\\d+: not valid YAML: .*"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void badValuesNameTheirLine() {
        ConfigException layout = assertThrows(ConfigException.class, () -> parse("dialect: mysql\nlayout: rails\n"));
        assertTrue(layout.getMessage().contains("rollsafe.yaml:2: unknown layout 'rails'"), layout.getMessage());
        ConfigException dialect = assertThrows(ConfigException.class, () -> parse("dialect: oracle\n"));
        assertTrue(dialect.getMessage().contains("rollsafe.yaml:1: unknown dialect 'oracle'"), dialect.getMessage());
        ConfigException entry = assertThrows(ConfigException.class,
                () -> parse("migrations:\n  - layout: flyway\n"));
        assertTrue(entry.getMessage().contains("needs a 'path'"), entry.getMessage());
        ConfigException top = assertThrows(ConfigException.class, () -> parse("- a\n- b\n"));
        assertTrue(top.getMessage().contains("rollsafe.yaml:1:"), top.getMessage());
        ConfigException dup = assertThrows(ConfigException.class, () -> parse("layout: flyway\nlayout: plain\n"));
        assertTrue(dup.getMessage().contains("rollsafe.yaml:2"), dup.getMessage());
    }

    @Test
    void findsRepositoryRootAndConfigThere() throws IOException, ConfigException {
        Files.createDirectories(dir.resolve(".git"));
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        assertEquals(dir.toRealPath(), ConfigLoader.repositoryRoot(sub).toRealPath());
        assertTrue(ConfigLoader.find(sub).isEmpty());
        assertEquals(Config.empty(), ConfigLoader.loadDefault(sub));
        Files.writeString(dir.resolve("rollsafe.yaml"), "migrations: [db]\n");
        Config c = ConfigLoader.loadDefault(sub);
        assertEquals(dir.resolve("db").toAbsolutePath().normalize(), c.migrations().get(0).path());
    }

    @Test
    void unreadableOrInvalidFileIsAOneLineError() throws IOException {
        Path bad = dir.resolve("rollsafe.yaml");
        Files.write(bad, new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'});
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(bad));
        assertEquals(bad + ": not valid UTF-8", e.getMessage());
        ConfigException missing = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(dir.resolve("nope.yaml")));
        assertTrue(missing.getMessage().endsWith("nope.yaml: cannot read: no such file or directory"),
                missing.getMessage());
    }
}
