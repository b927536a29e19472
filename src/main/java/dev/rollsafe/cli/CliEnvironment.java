package dev.rollsafe.cli;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What the commands may touch: the two output streams, the directory paths are resolved against, the
 * engine, and whether the streams are a terminal. {@link Main} passes the real ones; tests pass writers, a
 * temp folder and, where they need findings the engine cannot produce yet, a stand-in engine.
 */
public record CliEnvironment(PrintWriter out, PrintWriter err, Path workingDirectory,
                             Function<CheckRequest, CheckResult> engine, Terminal terminal) {

    /** Streams that are not a terminal: plain output. */
    public CliEnvironment(PrintWriter out, PrintWriter err, Path workingDirectory,
                          Function<CheckRequest, CheckResult> engine) {
        this(out, err, workingDirectory, engine, Terminal.NONE);
    }

    /** The real engine, plain output. */
    public static CliEnvironment of(PrintWriter out, PrintWriter err, Path workingDirectory) {
        return of(out, err, workingDirectory, Terminal.NONE);
    }

    /** The real engine, writing to {@code terminal}. */
    public static CliEnvironment of(PrintWriter out, PrintWriter err, Path workingDirectory, Terminal terminal) {
        Engine engine = new Engine();
        return new CliEnvironment(out, err, workingDirectory, engine::check, terminal);
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
