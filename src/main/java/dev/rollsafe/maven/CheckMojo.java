package dev.rollsafe.maven;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.engine.RuleSettings;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.report.FindingLine;
import dev.rollsafe.report.ReportFormat;
import dev.rollsafe.report.TextReport;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's SQL migrations for changes that are unsafe during a rolling deployment: the same check
 * as the command line's {@code rollsafe check}. Findings at or above the fail level fail the build; reports in
 * the requested formats are written to the rollsafe folder of the build directory ({@code target/rollsafe}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The folder Flyway reads migrations from by default, relative to the project. */
    static final String FLYWAY_DEFAULT = "src/main/resources/db/migration";

    /** Skips the check. */
    @Parameter(property = "rollsafe.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build when a finding reaches the fail level; false only logs the findings. */
    @Parameter(property = "rollsafe.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * The lowest level that fails the build: error, warning or note (default: rollsafe.yaml's failLevel, else
     * error).
     */
    @Parameter(property = "rollsafe.failLevel")
    String failLevel;

    /**
     * How many releases before the one being deployed may still serve traffic (default: rollsafe.yaml's
     * window, else 1).
     */
    @Parameter(property = "rollsafe.window")
    Integer window;

    /** SQL dialect: postgresql, mysql or mariadb (default: configured or detected). */
    @Parameter(property = "rollsafe.dialect")
    String dialect;

    /** Target database server version, e.g. 15 or 8.0.32 (default: rollsafe.yaml's dbVersion). */
    @Parameter(property = "rollsafe.dbVersion")
    String dbVersion;

    /**
     * Report formats to write to {@link #outputDirectory}, one file each ({@code rollsafe.txt},
     * {@code rollsafe.json}, ...); any format {@code rollsafe check --format} accepts. Comma-separated on the
     * command line.
     */
    @Parameter(property = "rollsafe.formats")
    List<String> formats;

    /** Where the reports go. */
    @Parameter(property = "rollsafe.outputDirectory", defaultValue = "${project.build.directory}/rollsafe")
    File outputDirectory;

    /**
     * Migration files or folders to check. Default: what detection finds in the project (Flyway's
     * src/main/resources/db/migration and every other known layout); for an aggregator project, only its own
     * Flyway folder (its modules are checked in their own builds).
     */
    @Parameter(property = "rollsafe.locations")
    List<File> locations;

    /** The configuration file (default: rollsafe.yaml at the repository root). */
    @Parameter(property = "rollsafe.configFile")
    File configFile;

    /** Also lints migrations that already shipped in a release (an audit). */
    @Parameter(property = "rollsafe.all", defaultValue = "false")
    boolean all;

    /** Whether the parse cache in the user's cache folder may be read and written. */
    @Parameter(property = "rollsafe.cache", defaultValue = "true")
    boolean cache;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.modules}", readonly = true)
    List<String> modules;

    /** The engine; tests may put a stand-in here. */
    Function<CheckRequest, CheckResult> engine = request -> new Engine().check(request);

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("rollsafe: skipped (rollsafe.skip)");
            return;
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Dialect chosenDialect = dialect();
        Level failAt = failLevel(base);
        List<ReportFormat> chosenFormats = formats();
        if (window != null && window < 0) {
            throw new MojoExecutionException("rollsafe.window must be 0 or more, not " + window);
        }
        List<Path> paths = paths(base);
        if (paths == null) {
            getLog().info("rollsafe: no migrations of its own in this aggregator project (its modules are checked "
                    + "in their own builds)");
            return;
        }
        CheckRequest request = new CheckRequest(base, paths, chosenDialect, blankToNull(dbVersion), all,
                configFile == null ? null : base.resolve(configFile.toPath()), cache, window);
        CheckResult result = engine.apply(request);
        if (result.setupError()) {
            throw new MojoExecutionException("rollsafe: cannot check the migrations:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), result.messages()));
        }
        result.messages().forEach(m -> getLog().info("rollsafe: " + m));
        if (result.files().isEmpty() && result.findings().isEmpty()) {
            return; // the engine has said where it looked
        }
        writeReports(result, base, chosenFormats);
        List<Finding> failing = result.findings().stream().filter(f -> f.level().atLeast(failAt)).toList();
        log(result, base, !failing.isEmpty() && failOnViolation);
        if (!failing.isEmpty() && failOnViolation) {
            StringBuilder message = new StringBuilder("rollsafe: ")
                    .append(failing.size() == 1 ? "1 finding" : failing.size() + " findings")
                    .append(" at or above level ").append(failAt.id()).append(':');
            failing.forEach(f -> message.append(System.lineSeparator()).append("  ").append(FindingLine.of(f)));
            message.append(System.lineSeparator())
                    .append("(set rollsafe.failOnViolation=false to report without failing the build)");
            throw new MojoFailureException(message.toString());
        }
    }

    /** The findings as the text report shows them (source line, help, evidence), then the summary line. */
    private void log(CheckResult result, Path base, boolean failing) {
        if (result.findings().isEmpty()) {
            getLog().info("rollsafe: " + FindingLine.summary(result));
            return;
        }
        StringWriter text = new StringWriter();
        new TextReport(base).write(result, new PrintWriter(text));
        for (String line : text.toString().split("\\R")) {
            if (failing) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    private void writeReports(CheckResult result, Path base, List<ReportFormat> chosen)
            throws MojoExecutionException {
        if (chosen.isEmpty()) {
            return;
        }
        Path folder = outputDirectory.toPath();
        try {
            Files.createDirectories(folder);
            for (ReportFormat format : chosen) {
                StringWriter text = new StringWriter();
                format.create(base).write(result, new PrintWriter(text));
                Path file = folder.resolve(format.fileName());
                Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
                getLog().info("rollsafe: " + format.id() + " report: " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("rollsafe: cannot write the reports to " + folder + ": " + e, e);
        }
    }

    /** The paths to check; empty means detection; null means an aggregator with nothing of its own. */
    private List<Path> paths(Path base) {
        List<Path> out = new ArrayList<>();
        if (locations != null) {
            locations.forEach(l -> out.add(base.resolve(l.toPath()).normalize()));
        }
        if (!out.isEmpty() || modules == null || modules.isEmpty()) {
            return out;
        }
        Path flyway = base.resolve(FLYWAY_DEFAULT);
        return Files.isDirectory(flyway) ? List.of(flyway) : null;
    }

    private Dialect dialect() throws MojoExecutionException {
        String text = blankToNull(dialect);
        if (text == null) {
            return null;
        }
        return Dialect.parse(text).orElseThrow(() -> new MojoExecutionException(
                "rollsafe: unknown dialect '" + text + "' (use postgresql, mysql or mariadb)"));
    }

    private Level failLevel(Path base) throws MojoExecutionException {
        String text = blankToNull(failLevel);
        if (text != null) {
            return Level.parse(text).orElseThrow(() -> new MojoExecutionException(
                    "rollsafe: unknown fail level '" + text + "' (use error, warning or note)"));
        }
        return RuleSettings.configuredFailLevel(base, configFile == null ? null : base.resolve(configFile.toPath()))
                .orElse(Level.ERROR);
    }

    private List<ReportFormat> formats() throws MojoExecutionException {
        Set<ReportFormat> out = new LinkedHashSet<>();
        if (formats == null) {
            return List.of();
        }
        for (String entry : formats) {
            for (String name : entry == null ? new String[0] : entry.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                out.add(ReportFormat.parse(name).orElseThrow(() -> new MojoExecutionException(
                        "rollsafe: unknown report format '" + name.strip() + "' (use " + ReportFormat.names() + ")")));
            }
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
