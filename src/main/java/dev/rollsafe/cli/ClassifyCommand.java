package dev.rollsafe.cli;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.report.ClassifyJsonReport;
import dev.rollsafe.report.ClassifyTextReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rollsafe classify}: what every statement does (additive, destructive, ...), without judging it. */
@Command(name = "classify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show the class of every migration statement (neutral, additive, data, narrowing, destructive).")
final class ClassifyCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Option(names = "--dialect", paramLabel = "DIALECT", converter = Converters.DialectConverter.class,
            description = "SQL dialect: postgresql, mysql or mariadb (default: configured or detected).")
    Dialect dialect;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.FormatConverter.class,
            defaultValue = "text", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Migration files or folders (default: find migrations under the current directory).")
    List<Path> paths = new ArrayList<>();

    ClassifyCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Format.requireTextOrJson(format, "classify");
        List<Path> resolved = new ArrayList<>();
        paths.forEach(p -> resolved.add(env.resolve(p)));
        CheckResult result = env.engine().apply(new CheckRequest(env.workingDirectory(), resolved, dialect, null,
                true, null, true));
        result.messages().forEach(env::message);
        if (result.setupError() && result.files().isEmpty()) {
            return ExitCodes.ERROR; // nothing was checked: a report would only say so
        }
        Output.write(format == Format.JSON ? new ClassifyJsonReport() : new ClassifyTextReport(), result, env, output);
        return result.setupError() ? ExitCodes.ERROR : ExitCodes.CLEAN;
    }
}
