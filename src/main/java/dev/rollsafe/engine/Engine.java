package dev.rollsafe.engine;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Span;
import dev.rollsafe.rules.FileContext;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleRegistry;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.ConfigException;
import dev.rollsafe.source.ConfigLoader;
import dev.rollsafe.source.Discovery;
import dev.rollsafe.source.MigrationFile;
import dev.rollsafe.source.MigrationFinder;
import dev.rollsafe.source.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the migrations, reads every statement, replays the schema and runs the rules. The one entry
 * point of every shell (CLI, Maven goal): it knows nothing of how it was called.
 */
public final class Engine {
    private final List<Rule> rules;

    public Engine() {
        this(RuleRegistry.standard().all());
    }

    public Engine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public CheckResult check(CheckRequest request) {
        Path cwd = request.workingDirectory().toAbsolutePath().normalize();
        List<String> messages = new ArrayList<>();
        Config config;
        try {
            config = request.configFile() != null
                    ? ConfigLoader.load(cwd.resolve(request.configFile()))
                    : ConfigLoader.loadDefault(cwd);
        } catch (ConfigException e) {
            return new CheckResult(List.of(), List.of(), List.of(), List.of(e.getMessage()), true);
        }
        String dbVersion = request.dbVersion() != null ? request.dbVersion() : config.dbVersion();
        List<Path> paths = request.paths().stream().map(cwd::resolve).toList();
        Discovery discovery = new MigrationFinder().discover(cwd, paths, config, request.dialect());
        messages.addAll(discovery.usageErrors());
        messages.addAll(discovery.messages());

        List<Finding> findings = new ArrayList<>();
        List<FileReport> files = new ArrayList<>();
        List<ClassifiedStatement> statements = new ArrayList<>();
        SetChecker checker = new SetChecker(rules);
        for (MigrationSet set : discovery.sets()) {
            Dialect dialect = set.dialect();
            List<ParsedFile> parsed = set.files().parallelStream()
                    .map(f -> FileParser.parse(f, f.dialect() != null && request.dialect() == null ? f.dialect() : dialect))
                    .toList();
            List<Boolean> lint = new ArrayList<>();
            for (ParsedFile pf : parsed) {
                MigrationFile f = pf.file();
                lint.add(f.deploy());
                files.add(new FileReport(f.displayPath(), set.layout().id(), dialect.id(), pf.statements().size(),
                        pf.unparsed(), f.problem()));
                if (f.deploy()) {
                    checkFile(f, findings);
                }
                for (ParsedStatement ps : pf.statements()) {
                    var st = ps.statement();
                    statements.add(new ClassifiedStatement(f.displayPath(), st.span().line(), st.span().column(),
                            st.statementClass(), st.summary(), st.deploy()));
                }
            }
            findings.addAll(checker.check(parsed, lint, dialect, dbVersion));
        }
        findings.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column).thenComparing(Finding::ruleId));
        return new CheckResult(findings, files, statements, messages, !discovery.usageErrors().isEmpty());
    }

    private void checkFile(MigrationFile file, List<Finding> findings) {
        Span start = file.readable() ? new Span(0, 0, 1, 1, 1, 1) : ProblemLocator.locate(file.path());
        FileContext ctx = new FileContext() {
            @Override public String path() { return file.displayPath(); }
            @Override public String layout() { return file.layout().id(); }
            @Override public String unreadableReason() { return file.readable() ? null : file.problem(); }
            @Override public Span problemSpan() { return start; }
        };
        for (Rule rule : rules) {
            rule.checkFile(ctx, new Sink(rule.info().id(), rule.info().level(), file.displayPath(), start, findings));
        }
    }
}
