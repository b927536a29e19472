package dev.rollsafe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: only dispatches to its subcommands. */
@Command(name = "rollsafe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks SQL migrations for changes that break the code still running during a rolling deployment.",
        footer = {"", "Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or setup error."})
final class RollsafeCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: check, classify, rules or explain");
    }
}
