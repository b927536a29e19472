package dev.rollsafe.cli;

import picocli.CommandLine;

/** The one factory of the command line: tests and {@link Main} build it the same way. */
public final class Commands {

    private Commands() {
    }

    public static CommandLine create(CliEnvironment env) {
        return create(env, null);
    }

    /**
     * The command line for {@code args}: when they start with a command's name, only that command is built
     * (picocli reads each command's annotations by reflection; a pre-commit hook starts rollsafe on every
     * commit and needs only {@code check}); otherwise every command, for the help and the suggestions.
     */
    static CommandLine create(CliEnvironment env, String first) {
        ErrorHandlers handlers = new ErrorHandlers();
        CommandLine cmd = new CommandLine(new RollsafeCommand());
        java.util.Map<String, java.util.function.Supplier<Object>> all = new java.util.LinkedHashMap<>();
        all.put("check", () -> new CheckCommand(env));
        all.put("classify", () -> new ClassifyCommand(env));
        all.put("rules", () -> new RulesCommand(env));
        all.put("explain", () -> new ExplainCommand(env));
        all.put("releases", () -> new ReleasesCommand(env));
        if (first != null && all.containsKey(first)) {
            cmd.addSubcommand(first, all.get(first).get());
        } else {
            all.values().forEach(c -> cmd.addSubcommand(c.get()));
        }
        cmd.setOut(env.out());
        cmd.setErr(env.err());
        cmd.setParameterExceptionHandler(handlers);
        cmd.setExecutionExceptionHandler(handlers);
        return cmd;
    }

    /** Runs one command line and returns its exit code; never throws, never exits. */
    public static int run(CliEnvironment env, String... args) {
        try {
            return create(env, args.length > 0 ? args[0] : null).execute(args);
        } catch (RuntimeException | Error e) {
            ErrorHandlers.print(env.err(), ErrorHandlers.describe(e));
            return ExitCodes.ERROR;
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }
}
