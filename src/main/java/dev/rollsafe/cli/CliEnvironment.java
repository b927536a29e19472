package dev.rollsafe.cli;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What the commands may touch: the two output streams, the directory paths are resolved against, and
 * the engine. {@link Main} passes the real ones; tests pass writers, a temp folder and, where they need
 * findings the engine cannot produce yet, a stand-in engine.
 */
public record CliEnvironment(PrintWriter out, PrintWriter err, Path workingDirectory,
                             Function<CheckRequest, CheckResult> engine) {

    /** The real engine. */
    public static CliEnvironment of(PrintWriter out, PrintWriter err, Path workingDirectory) {
        Engine engine = new Engine();
        return new CliEnvironment(out, err, workingDirectory, engine::check);
    }

    /** A path given on the command line, resolved against the working directory. */
    Path resolve(Path given) {
        return workingDirectory.resolve(given).normalize();
    }

    /** Prints an engine message for the user. */
    void message(String text) {
        err.println("rollsafe: " + text);
    }
}
