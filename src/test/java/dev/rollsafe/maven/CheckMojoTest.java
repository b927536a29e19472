package dev.rollsafe.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal as Maven runs it, with the parameters set as Maven would set them, on small projects in a temp
 * folder and the real engine (the invoker tests in src/it run it in a real Maven build).
 */
class CheckMojoTest {

    private static final String CREATE = "CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);\n";
    private static final String HAZARD = "CREATE INDEX customers_email_idx ON customers (email);\n";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private CheckMojo mojo;

    @BeforeEach
    void setUp() {
        mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.basedir = project.toFile();
        mojo.failOnViolation = true;
        mojo.cache = false;
        mojo.dialect = "postgresql";
        mojo.outputDirectory = project.resolve("target/rollsafe").toFile();
    }

    private void migration(String name, String sql) throws IOException {
        Path folder = project.resolve(CheckMojo.FLYWAY_DEFAULT);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), sql);
    }

    @Test
    void aHazardFailsTheBuildWithTheFindingsInTheMessage() throws Exception {
        migration("V1__create.sql", CREATE);
        migration("V2__index.sql", HAZARD);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("rollsafe: 2 findings at or above level error:"), e.getMessage());
        assertTrue(e.getMessage().contains("src/main/resources/db/migration/V2__index.sql:1:1: "
                + "error[create-index-blocks-writes]: creating index customers_email_idx on customers"), e.getMessage());
        // the build log shows them as the text report does, with the source line and the help
        assertTrue(log.text().contains("[ERROR]   1 | " + HAZARD.strip()), log.text());
        assertTrue(log.text().contains("= help: use CREATE INDEX CONCURRENTLY"), log.text());
    }

    @Test
    void aCleanProjectPasses() throws Exception {
        migration("V1__create.sql", CREATE);
        mojo.execute();
        assertTrue(log.lines.contains("[INFO] rollsafe: no findings in 1 file (1 statement)"), log.text());
    }

    @Test
    void withoutFailOnViolationTheFindingsAreWarnings() throws Exception {
        migration("V1__create.sql", CREATE);
        migration("V2__index.sql", HAZARD);
        mojo.failOnViolation = false;
        mojo.execute();
        assertTrue(log.text().contains("[WARNING] src/main/resources/db/migration/V2__index.sql:1:1: "
                + "error[create-index-blocks-writes]"), log.text());
        assertFalse(log.text().contains("[ERROR]"), log.text());
    }

    @Test
    void theFailLevelDecidesWhatFails() throws Exception {
        migration("V1__create.sql", CREATE);
        migration("V2__index.sql", HAZARD);
        mojo.failLevel = "warning";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("at or above level warning"), e.getMessage());
    }

    @Test
    void skipChecksNothing() throws Exception {
        migration("V1__create.sql", CREATE);
        migration("V2__index.sql", HAZARD);
        mojo.skip = true;
        mojo.engine = request -> {
            throw new AssertionError("the engine must not run");
        };
        mojo.execute();
        assertEquals(List.of("[INFO] rollsafe: skipped (rollsafe.skip)"), log.lines);
    }

    @Test
    void reportsAreWrittenForEachFormat() throws Exception {
        migration("V1__create.sql", CREATE);
        migration("V2__index.sql", HAZARD);
        mojo.formats = List.of("json, TEXT");
        assertThrows(MojoFailureException.class, mojo::execute);
        String json = Files.readString(project.resolve("target/rollsafe/rollsafe.json"));
        assertTrue(json.contains("\"ruleId\" : \"create-index-blocks-writes\"")
                || json.contains("\"ruleId\":\"create-index-blocks-writes\""), json);
        String text = Files.readString(project.resolve("target/rollsafe/rollsafe.txt"));
        assertTrue(text.contains("error[create-index-blocks-writes]"), text);
    }

    @Test
    void anUnknownFormatIsASetupError() throws Exception {
        migration("V1__create.sql", CREATE);
        mojo.formats = List.of("json", "pdf");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("rollsafe: unknown report format 'pdf' (use text, json"),
                e.getMessage());
    }

    @Test
    void anUnknownDialectIsASetupError() {
        mojo.dialect = "oracle";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("rollsafe: unknown dialect 'oracle' (use postgresql, mysql or mariadb)", e.getMessage());
    }

    @Test
    void anUnknownFailLevelIsASetupError() {
        mojo.failLevel = "fatal";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("rollsafe: unknown fail level 'fatal' (use error, warning or note)", e.getMessage());
    }

    @Test
    void aNegativeWindowIsASetupError() {
        mojo.window = -1;
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("rollsafe.window must be 0 or more, not -1", e.getMessage());
    }

    @Test
    void aMissingLocationIsASetupError() {
        mojo.locations = List.of(new File("db/missing"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("db/missing: no such file or directory"), e.getMessage());
    }

    @Test
    void aBrokenConfigFileIsASetupError() throws Exception {
        migration("V1__create.sql", CREATE);
        Files.writeString(project.resolve("rollsafe.yaml"), "dialect: [unclosed\n");
        mojo.configFile = new File("rollsafe.yaml");
        assertThrows(MojoExecutionException.class, mojo::execute);
    }

    @Test
    void locationsAreCheckedInsteadOfDetection() throws Exception {
        migration("V1__create.sql", CREATE);
        migration("V2__index.sql", HAZARD);
        Path other = project.resolve("db/other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("V1__create.sql"), CREATE);
        mojo.locations = List.of(new File("db/other"));
        mojo.execute();
        assertTrue(log.lines.contains("[INFO] rollsafe: no findings in 1 file (1 statement)"), log.text());
    }

    @Test
    void anAggregatorLeavesItsModulesMigrationsToThem() throws Exception {
        Path module = project.resolve("module-b/" + CheckMojo.FLYWAY_DEFAULT);
        Files.createDirectories(module);
        Files.writeString(module.resolve("V1__index.sql"), HAZARD);
        mojo.modules = List.of("module-b");
        mojo.engine = request -> {
            throw new AssertionError("the engine must not run");
        };
        mojo.execute();
        assertTrue(log.text().contains("no migrations of its own in this aggregator project"), log.text());
    }

    @Test
    void aProjectWithoutMigrationsPasses() throws Exception {
        mojo.execute();
        assertTrue(log.text().contains("no migrations found"), log.text());
    }
}
