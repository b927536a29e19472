package dev.rollsafe.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The {@code rollsafe} executable. The only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        PrintWriter out = writer(FileDescriptor.out);
        PrintWriter err = writer(FileDescriptor.err);
        try {
            ParserLogging.silence();
            code = Commands.run(CliEnvironment.of(out, err, Path.of(System.getProperty("user.dir")),
                    Terminal.detect()), args);
        } catch (RuntimeException | Error e) {
            ErrorHandlers.print(err, ErrorHandlers.describe(e));
            code = ExitCodes.ERROR;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static PrintWriter writer(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
    }
}
