package dev.rollsafe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file given on its own (what a pre-commit hook passes) is checked against the schema its set's earlier
 * migrations build, read from disk, and only the files given are reported on.
 */
class FileContextTest {
    private static final String TYPE_CHANGE = "column-type-change-rewrites-table";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private CheckResult check(boolean context, boolean cache, String... files) {
        List<Path> paths = java.util.Arrays.stream(files).map(dir::resolve).toList();
        return new Engine().check(new CheckRequest(dir, paths, Dialect.POSTGRESQL, "15", false, null, cache)
                .withFileContext(context));
    }

    private static List<String> rules(CheckResult r) {
        return r.findings().stream().map(Finding::ruleId).sorted().toList();
    }

    private static List<String> paths(CheckResult r) {
        return r.files().stream().map(FileReport::path).toList();
    }

    private void flyway() throws IOException {
        write("db/migration/V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);\n");
        // a hazard in an earlier migration: not the staged file's business
        write("db/migration/V2__index.sql", "CREATE INDEX orders_status_idx ON orders (status);\n");
        write("db/migration/V3__status_int.sql",
                "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN status TYPE integer USING status::integer;\n");
        write("db/migration/V4__note.sql", "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n");
    }

    @Test
    void aFileInAFlywayFolderIsCheckedAfterItsPredecessors() throws IOException {
        flyway();
        CheckResult alone = check(false, false, "db/migration/V3__status_int.sql");
        assertEquals(List.of(), rules(alone), "without its predecessors the table's column type is unknown");

        CheckResult inContext = check(true, false, "db/migration/V3__status_int.sql");
        assertEquals(List.of(TYPE_CHANGE), rules(inContext), inContext.findings().toString());
        assertEquals(List.of("db/migration/V3__status_int.sql"), paths(inContext), "only the file given is listed");
        assertTrue(inContext.findings().get(0).message().contains("orders.status"),
                inContext.findings().get(0).message());
        assertFalse(inContext.setupError(), inContext.messages().toString());
    }

    @Test
    void onlyTheGivenFilesAreReportedNotTheirSiblings() throws IOException {
        flyway();
        CheckResult safe = check(true, false, "db/migration/V4__note.sql");
        assertEquals(List.of(), rules(safe), "V2's index and V3's type change belong to other files");
        assertEquals(List.of("db/migration/V4__note.sql"), paths(safe));

        CheckResult batch = check(true, false, "db/migration/V4__note.sql", "db/migration/V2__index.sql");
        assertEquals(List.of("db/migration/V2__index.sql", "db/migration/V4__note.sql"), paths(batch),
                "one set, read once, its given files listed in the set's order");
        assertEquals(List.of("create-index-blocks-writes", "missing-lock-timeout"), rules(batch));
    }

    @Test
    void aGivenFolderIsStillReportedWhole() throws IOException {
        flyway();
        write("other/V1__x.sql", "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN y text;\n");
        CheckResult r = check(true, false, "other/V1__x.sql", "db/migration");
        assertEquals(List.of("other/V1__x.sql", "db/migration/V1__orders.sql", "db/migration/V2__index.sql",
                "db/migration/V3__status_int.sql", "db/migration/V4__note.sql"), paths(r));
        assertTrue(rules(r).contains(TYPE_CHANGE), r.findings().toString());
    }

    @Test
    void aFileInsideAGivenFolderDoesNotBringItsSetTwice() throws IOException {
        flyway();
        CheckResult r = check(true, false, "db/migration", "db/migration/V3__status_int.sql");
        assertEquals(4, r.files().size(), paths(r).toString());
        assertEquals(1, r.findings().stream().filter(f -> f.ruleId().equals(TYPE_CHANGE)).count());
    }

    @Test
    void sqlFilesInAFolderThatHoldsNoMigrationsStandAlone() throws IOException {
        // what a walk from the top would not call a migration folder gives no context either
        write("scripts/create.sql", "CREATE TABLE t (c text);\n");
        write("scripts/change.sql", "SET lock_timeout = '2s';\nALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer;\n");
        assertEquals(List.of(), rules(check(true, false, "scripts/change.sql")));
        // numbered files are a plain migration folder: the earlier one is replayed first
        write("sql/001_create.sql", "CREATE TABLE t (c text);\n");
        write("sql/002_change.sql", "SET lock_timeout = '2s';\nALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer;\n");
        assertEquals(List.of(TYPE_CHANGE), rules(check(true, false, "sql/002_change.sql")));
    }

    @Test
    void aFolderListedInTheConfigIsTheSetWithItsLayout() throws IOException {
        write("rollsafe.yaml", "migrations:\n  - path: changes\n    layout: plain\n");
        write("changes/a_create.sql", "CREATE TABLE t (c text);\n");
        write("changes/b_change.sql", "SET lock_timeout = '2s';\nALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer;\n");
        CheckResult r = check(true, false, "changes/b_change.sql");
        assertEquals(List.of(TYPE_CHANGE), rules(r), r.messages().toString());
        assertEquals(List.of("changes/b_change.sql"), paths(r));
    }

    @Test
    void theCacheKeepsWhatEachRequestReportsApart() throws IOException {
        flyway();
        CheckResult v3 = check(true, true, "db/migration/V3__status_int.sql");
        CheckResult v4 = check(true, true, "db/migration/V4__note.sql");
        assertEquals(List.of(TYPE_CHANGE), rules(v3));
        assertEquals(List.of(), rules(v4), "V4's cached result is not V3's");
        assertEquals(v3, check(true, true, "db/migration/V3__status_int.sql"));
        assertEquals(check(true, false, "db/migration/V2__index.sql"), check(true, true, "db/migration/V2__index.sql"));
    }

    @Test
    void aMissingFileIsAUsageErrorAndTheOthersAreStillChecked() throws IOException {
        flyway();
        CheckResult r = check(true, false, "db/migration/V3__status_int.sql", "db/migration/V9__gone.sql");
        assertTrue(r.setupError());
        assertTrue(r.messages().contains("db/migration/V9__gone.sql: no such file or directory"), r.messages().toString());
        assertEquals(List.of(TYPE_CHANGE), rules(r));
        assertFalse(paths(r).contains("db/migration/V9__gone.sql"));
    }
}
