package dev.rollsafe.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns every failure into one line on stderr and exit code 2: no stack trace ever reaches the user. */
final class ErrorHandlers implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        print(cmd.getErr(), oneLine(ex.getMessage()) + " (see `" + cmd.getCommandSpec().qualifiedName() + " --help`)");
        return ExitCodes.ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        print(cmd.getErr(), describe(ex));
        return ExitCodes.ERROR;
    }

    /** The one-line text for any throwable: a user error as is, anything else as an internal error. */
    static String describe(Throwable ex) {
        if (ex instanceof UserError || ex instanceof UncheckedIOException) {
            return oneLine(ex.getMessage());
        }
        String message = ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage());
        return "internal error (" + ex.getClass().getSimpleName() + message + "); please report it";
    }

    static void print(PrintWriter err, String text) {
        err.println("rollsafe: error: " + text);
        err.flush();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
