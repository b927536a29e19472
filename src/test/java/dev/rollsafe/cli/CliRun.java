package dev.rollsafe.cli;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs rollsafe in-process in a given working directory and keeps what it printed. */
final class CliRun {

    /** The requests the stand-in engine received. */
    final List<CheckRequest> requests = new ArrayList<>();
    int code;
    String out;
    String err;

    private CliRun() {
    }

    /** Runs with a stand-in engine that answers every request with {@code answer}. */
    static CliRun with(Path dir, Function<CheckRequest, CheckResult> answer, String... args) {
        CliRun run = new CliRun();
        return run.execute(dir, request -> {
            run.requests.add(request);
            return answer.apply(request);
        }, args);
    }

    /** Runs with the real engine. */
    static CliRun real(Path dir, String... args) {
        CliRun run = new CliRun();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        run.code = Commands.run(CliEnvironment.of(new PrintWriter(out), new PrintWriter(err), dir), args);
        run.out = normalize(out);
        run.err = normalize(err);
        return run;
    }

    private CliRun execute(Path dir, Function<CheckRequest, CheckResult> engine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        code = Commands.run(new CliEnvironment(new PrintWriter(out), new PrintWriter(err), dir, engine), args);
        this.out = normalize(out);
        this.err = normalize(err);
        return this;
    }

    private static String normalize(StringWriter w) {
        return w.toString().replace(System.lineSeparator(), "\n");
    }

    CheckRequest request() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one engine call, got " + requests.size());
        }
        return requests.get(0);
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
