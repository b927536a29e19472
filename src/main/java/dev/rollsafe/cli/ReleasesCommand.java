package dev.rollsafe.cli;

import dev.rollsafe.release.timeline.ObjectTimeline;
import dev.rollsafe.release.timeline.Timeline;
import dev.rollsafe.report.ReleasesJsonReport;
import dev.rollsafe.report.ReleasesTextReport;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.ConfigException;
import dev.rollsafe.source.ConfigLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rollsafe releases}: the contract timeline a reviewer reads before approving a drop: the releases in
 * order with the migrations each shipped, and when each table and column was added, last referenced by code
 * and dropped.
 */
@Command(name = "releases", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show the releases in order, the migrations each shipped, and for each dropped table or "
                + "column (or one whose code references stopped) the release that added it, the last release "
                + "whose code referenced it and the release that dropped it.")
final class ReleasesCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.FormatConverter.class,
            defaultValue = "text", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    Path output;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: rollsafe.yaml at the repository root).")
    Path config;

    @Option(names = "--all", description = "List every table and column, not only those dropped or no longer "
            + "referenced (both formats).")
    boolean all;

    ReleasesCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Format.requireTextOrJson(format, "releases");
        Path cwd = env.workingDirectory().toAbsolutePath().normalize();
        Config loaded;
        try {
            loaded = config != null ? ConfigLoader.load(env.resolve(config)) : ConfigLoader.loadDefault(cwd);
        } catch (ConfigException e) {
            env.message(e.getMessage());
            return ExitCodes.ERROR;
        }
        Timeline timeline = Timeline.read(cwd, loaded);
        timeline.notes().forEach(env::message);
        List<ObjectTimeline> objects = all ? timeline.objects() : timeline.reviewerView();
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        if (format == Format.JSON) {
            new ReleasesJsonReport().write(timeline, objects, w);
        } else {
            new ReleasesTextReport().write(timeline, objects, w);
        }
        w.flush();
        if (output == null) {
            env.out().print(text);
            env.out().flush();
        } else {
            try {
                Files.writeString(env.resolve(output), text.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError("cannot write " + output + ": " + Output.reason(e));
            }
        }
        return ExitCodes.CLEAN;
    }
}
