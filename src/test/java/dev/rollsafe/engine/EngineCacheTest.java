package dev.rollsafe.engine;

import dev.rollsafe.CacheFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.model.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caches change speed, never results: cached and uncached runs must agree, before and after edits. */
class EngineCacheTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private CheckResult run(boolean cache) {
        return new Engine().check(new CheckRequest(dir, List.of(dir.resolve("db")), Dialect.POSTGRESQL, null, true,
                null, cache));
    }

    private static List<Path> cacheFiles(Path cwd) throws IOException {
        Path d = CacheFiles.directory();
        if (d == null || !Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void repeatedRunGivesTheSameResultAndEditsAreSeen() throws IOException {
        write("db/001_init.sql", "CREATE TABLE IF NOT EXISTS a (id int);\nFROBNICATE a;\n");
        write("db/002_more.sql", "SET lock_timeout = '5s';\nALTER TABLE a ADD COLUMN b text;\n");
        CheckResult uncached = run(false);
        CheckResult first = run(true);
        CheckResult second = run(true);
        assertEquals(uncached, first);
        assertEquals(first, second);
        assertEquals(1, second.findings().size(), second.findings().toString());
        assertFalse(cacheFiles(dir).isEmpty(), "a cached run leaves its packs in the cache folder");

        write("db/002_more.sql", "SET lock_timeout = '5s';\nALTER TABLE a ADD COLUMN IF NOT EXISTS b text;\nWIBBLE;\n");
        CheckResult edited = run(true);
        assertEquals(run(false), edited);
        assertEquals(2, edited.findings().size(), edited.findings().toString());
        assertNotEquals(second, edited);
    }

    @Test
    void aCorruptCacheIsIgnored() throws IOException {
        write("db/001_init.sql", "CREATE TABLE IF NOT EXISTS a (id int);\nFROBNICATE a;\n");
        CheckResult clean = run(true);
        for (Path p : cacheFiles(dir)) {
            Files.write(p, new byte[] {0, 0, 0, 1, 0x7f, 1, 2, 3});
        }
        assertEquals(clean, run(true));
        assertEquals(clean, run(true));
    }

    @Test
    void concurrentRunsAgree() throws Exception {
        for (int i = 1; i <= 30; i++) {
            write(String.format("db/%03d_m.sql", i), "CREATE TABLE t" + i + " (id int);\nALTER TABLE t" + i
                    + " ADD COLUMN c text;\n" + (i % 7 == 0 ? "NONSENSE here;\n" : ""));
        }
        CheckResult expected = run(false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> run(true)));
            }
            for (Future<CheckResult> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(expected, run(true));
        assertTrue(expected.findings().size() >= 4);
    }
}
