package dev.rollsafe.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Real headless Chromium (Debian package {@code chromium}), started as the report tests require: no sandbox, no
 * GPU, no first-run, no background networking, component updates or sync, and a fresh profile per run. Absent,
 * the tests skip, except under {@code CI=true}, where they fail.
 */
final class HtmlReportChromium {
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;
    private final Path scratch;

    private HtmlReportChromium(Path binary, Path scratch) {
        this.binary = binary;
        this.scratch = scratch;
    }

    /** Chromium, or the test is skipped (failed under CI=true) when it is not installed. */
    static HtmlReportChromium require(Path scratch) {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String why = "chromium is not installed (apt-get install -y chromium)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why + ", and CI=true needs the browser test to run");
            }
            Assumptions.abort(why);
        }
        return new HtmlReportChromium(found.get(), scratch);
    }

    private static Optional<Path> find() {
        String path = System.getenv("PATH");
        for (String name : new String[] {"chromium", "chromium-browser"}) {
            for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM Chromium built from {@code page}, serialised ({@code --dump-dom}). */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run("dom", List.of("--dump-dom", page.toUri().toString()));
    }

    /** A screenshot of {@code page} in a window of the given size, written as PNG to {@code png}. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run("shot", List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toUri().toString()));
        Assertions.assertTrue(Files.isRegularFile(png), "chromium wrote no screenshot to " + png);
    }

    private String run(String name, List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "chromium-profile-");
        Path out = scratch.resolve(name + ".out");
        Path err = scratch.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(scratch.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + tail(err));
        }
        Assertions.assertEquals(0, p.exitValue(), () -> "chromium failed: " + tail(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
