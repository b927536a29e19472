package dev.rollsafe.cli;

import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.LogManager;

/** The {@code rollsafe} executable. The only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        PrintWriter out = writer(FileDescriptor.out);
        PrintWriter err = writer(FileDescriptor.err);
        try {
            silenceParserLogging();
            code = Commands.run(CliEnvironment.of(out, err, Path.of(System.getProperty("user.dir"))), args);
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

    /** JSqlParser logs through java.util.logging; its chatter must not reach the user's terminal. */
    private static void silenceParserLogging() {
        byte[] config = "net.sf.jsqlparser.level = OFF\n".getBytes(StandardCharsets.ISO_8859_1);
        try {
            LogManager.getLogManager().updateConfiguration(new ByteArrayInputStream(config),
                    key -> (oldValue, newValue) -> newValue == null ? oldValue : newValue);
        } catch (IOException e) {
            // the parser's log lines then stay on; nothing else depends on this
        }
    }
}
