package dev.rollsafe.cli;

import picocli.CommandLine;

/** The one factory of the command line: tests and {@link Main} build it the same way. */
public final class Commands {

    private Commands() {
    }

    public static CommandLine create(CliEnvironment env) {
        ErrorHandlers handlers = new ErrorHandlers();
        CommandLine cmd = new CommandLine(new RollsafeCommand())
                .addSubcommand(new CheckCommand(env))
                .addSubcommand(new ClassifyCommand(env))
                .addSubcommand(new RulesCommand(env))
                .addSubcommand(new ExplainCommand(env))
                .addSubcommand(new ReleasesCommand(env));
        cmd.setOut(env.out());
        cmd.setErr(env.err());
        cmd.setParameterExceptionHandler(handlers);
        cmd.setExecutionExceptionHandler(handlers);
        return cmd;
    }

    /** Runs one command line and returns its exit code; never throws, never exits. */
    public static int run(CliEnvironment env, String... args) {
        try {
            return create(env).execute(args);
        } catch (RuntimeException | Error e) {
            ErrorHandlers.print(env.err(), ErrorHandlers.describe(e));
            return ExitCodes.ERROR;
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }
}
