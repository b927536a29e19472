package dev.rollsafe.cli;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Fixer;
import dev.rollsafe.engine.UnifiedDiff;
import dev.rollsafe.engine.RuleSettings;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.report.Report;
import dev.rollsafe.report.ReportFormat;
import dev.rollsafe.report.TextReport;
import dev.rollsafe.rules.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rollsafe check}: lints migrations and exits 1 when a finding reaches the fail level. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check migrations for changes that are unsafe during a rolling deployment.")
final class CheckCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Option(names = "--dialect", paramLabel = "DIALECT", converter = Converters.DialectConverter.class,
            description = "SQL dialect: postgresql, mysql or mariadb (default: configured or detected).")
    Dialect dialect;

    @Option(names = "--db-version", paramLabel = "VERSION",
            description = "Target database server version, e.g. 15 or 8.0.32.")
    String dbVersion;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.FormatConverter.class,
            defaultValue = "text", description = "Report format: text, json, sarif (SARIF 2.1.0 for code scanning), "
                    + "gitlab (GitLab Code Quality), github (GitHub Actions annotations) or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--all", description = "Also lint migrations that already shipped in a release.")
    boolean all;

    @Option(names = "--window", paramLabel = "N",
            description = "How many releases before the one being deployed may still serve traffic "
                    + "(default: rollsafe.yaml's window, else 1).")
    Integer window;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: rollsafe.yaml at the repository root).")
    Path config;

    @Option(names = "--fail-level", paramLabel = "LEVEL", converter = Converters.LevelConverter.class,
            description = "Exit 1 when a finding is at least this level: error, warning or note "
                    + "(default: rollsafe.yaml's failLevel, else error).")
    Level failLevel;

    @Option(names = "--no-cache", description = "Neither read nor write the parse cache.")
    boolean noCache;

    @Option(names = "--fix", description = "Apply the repairs rules offer (CONCURRENTLY, NOT VALID + VALIDATE "
            + "CONSTRAINT, a lock timeout) to the migration files, then report what is left.")
    boolean fix;

    @Option(names = "--changed-since", paramLabel = "REF", description = "Lint only the migrations added or "
            + "changed since the merge base of REF (branch, tag or commit) and HEAD, e.g. origin/main; the others "
            + "are still read for the schema they build.")
    String changedSince;

    @Option(names = {"-q", "--quiet"}, description = "Text: one line per finding and the summary; no notes on "
            + "stderr unless the request itself is wrong.")
    boolean quiet;

    @Option(names = "--diff", description = "With --fix: print the repairs as a unified diff and change no file.")
    boolean diff;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Migration files or folders (default: find migrations under the current directory).")
    List<Path> paths = new ArrayList<>();

    CheckCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<Path> resolved = new ArrayList<>();
        paths.forEach(p -> resolved.add(env.resolve(p)));
        if (window != null && window < 0) {
            throw new UserError("--window must be 0 or more, not " + window);
        }
        if (diff && !fix) {
            throw new UserError("--diff only goes with --fix");
        }
        CheckRequest request = new CheckRequest(env.workingDirectory(), resolved, dialect, dbVersion, all,
                config == null ? null : env.resolve(config), !noCache && !fix, window); // --fix rewrites files: it trusts nothing cached
        if (changedSince != null) {
            request = request.withChangedSince(changedSince);
        }
        CheckResult result;
        double seconds;
        try (Progress progress = Progress.start(env.err(), "checking", env.terminal().interactive() && !quiet)) {
            result = env.engine().apply(request);
            seconds = progress.seconds();
        }
        if (fix && !(result.setupError() && result.files().isEmpty())) {
            List<Fixer.FileFix> fixes = Fixer.plan(env.workingDirectory(), result.findings());
            fixes.forEach(f -> f.notes().forEach(env::message));
            if (diff) {
                fixes.forEach(f -> env.out().print(UnifiedDiff.of(f.path(), f.before(), f.after())));
                env.out().flush();
                return result.findings().isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
            }
            if (!write(fixes)) {
                return ExitCodes.ERROR;
            }
            if (fixes.stream().anyMatch(Fixer.FileFix::changed)) {
                result = env.engine().apply(request); // report what is left
            }
        }
        if (!quiet || result.setupError()) {
            result.messages().forEach(env::message);
        }
        if (result.setupError() && result.files().isEmpty()) {
            return ExitCodes.ERROR; // nothing was checked: a report would only say so
        }
        // the same report writers as the Maven goal's (FormatParityTest keeps the two lists of names equal)
        Report report = ReportFormat.valueOf(format.name()).create(env.workingDirectory(), request.configFile(),
                textStyle(seconds));
        Output.write(report, result, env, output);
        if (result.setupError()) {
            return ExitCodes.ERROR; // the other paths were checked and reported, but the request was wrong
        }
        Level failAt = failLevel != null ? failLevel
                : RuleSettings.configuredFailLevel(env.workingDirectory(), request.configFile()).orElse(Level.ERROR);
        boolean failed = result.findings().stream().anyMatch(f -> f.level().atLeast(failAt));
        return failed ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** Colours and the time only for a person at a terminal, and only when the report goes there. */
    private TextReport.Style textStyle(double seconds) {
        boolean tty = env.terminal().interactive() && output == null;
        return new TextReport.Style(tty && env.terminal().colour(), quiet, tty ? seconds : -1);
    }

    /** Writes the fixed files; false (after a one-line message) when one cannot be written. */
    private boolean write(List<Fixer.FileFix> fixes) {
        for (Fixer.FileFix f : fixes) {
            if (!f.changed()) {
                continue;
            }
            try {
                java.nio.file.Files.writeString(f.file(), f.after(), java.nio.charset.StandardCharsets.UTF_8);
                env.message(f.path() + ": fixed");
            } catch (java.io.IOException e) {
                env.message(f.path() + ": cannot write the fix: " + e.getMessage());
                return false;
            }
        }
        return true;
    }
}
