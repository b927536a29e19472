package dev.rollsafe.cli;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where a report goes: standard output, or the {@code --output} file (the only file rollsafe writes). */
final class Output {

    private Output() {
    }

    static void write(Report report, CheckResult result, CliEnvironment env, Path output) {
        if (output == null) {
            report.write(result, env.out());
            env.out().flush();
            return;
        }
        StringWriter text = new StringWriter();
        report.write(result, new PrintWriter(text));
        Path file = env.resolve(output);
        try {
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + reason(e));
        }
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
