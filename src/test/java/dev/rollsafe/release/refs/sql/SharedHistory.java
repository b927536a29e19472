package dev.rollsafe.release.refs.sql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A clone of one of the shared release histories (../shared/histories/NAME.bundle) in a temporary folder,
 * made with the git command line: JGit is not on this branch's class path yet. Tests that use it are
 * skipped (JUnit assumptions) when the bundle or git is absent.
 */
record SharedHistory(Path dir) {

    static SharedHistory cloneInto(String name, Path tmp) throws InterruptedException {
        Path repo = Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")));
        Path bundle = repo.toAbsolutePath().normalize().resolve("../shared/histories/" + name + ".bundle").normalize();
        assumeTrue(Files.isRegularFile(bundle), "shared histories absent");
        Path dir = tmp.resolve(name);
        run(List.of("git", "clone", "-q", bundle.toString(), dir.toString()), null);
        return new SharedHistory(dir);
    }

    /** A file as shipped in a release ({@code git show tag:path}). */
    String show(String tag, String path) throws InterruptedException {
        return run(List.of("git", "show", tag + ":" + path), dir);
    }

    private static String run(List<String> command, Path cwd) throws InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, "no git executable");
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            assumeTrue(false, "git output unreadable");
        }
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "git failed: " + command);
        return out.toString(StandardCharsets.UTF_8);
    }
}
