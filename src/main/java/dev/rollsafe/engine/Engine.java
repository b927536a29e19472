package dev.rollsafe.engine;

import dev.rollsafe.CacheFiles;
import dev.rollsafe.Version;
import dev.rollsafe.deploy.Deployment;
import dev.rollsafe.deploy.DeploymentFinder;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Span;
import dev.rollsafe.release.ReferenceFinder;
import dev.rollsafe.release.ReferenceFinders;
import dev.rollsafe.release.ReleaseView;
import dev.rollsafe.rules.FileContext;
import dev.rollsafe.release.HistoryFact;
import dev.rollsafe.release.ChangedSince;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleRegistry;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.ConfigException;
import dev.rollsafe.source.ConfigLoader;
import dev.rollsafe.source.Discovery;
import dev.rollsafe.source.MigrationFile;
import dev.rollsafe.source.MigrationFinder;
import dev.rollsafe.source.Layout;
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
    private final List<ReferenceFinder> finders;

    public Engine() {
        this(RuleRegistry.standard().all());
    }

    public Engine(List<Rule> rules) {
        this(rules, ReferenceFinders.standard());
    }

    public Engine(List<Rule> rules, List<ReferenceFinder> finders) {
        this.rules = List.copyOf(rules);
        this.finders = List.copyOf(finders);
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
        RuleSettings settings = RuleSettings.read(config, rules.stream().map(r -> r.info().id()).toList());
        messages.addAll(settings.messages());
        List<Rule> active = rules.stream().filter(r -> settings.enabled(r.info().id())).toList();
        String dbVersion = request.dbVersion() != null ? request.dbVersion() : config.dbVersion();
        List<Path> paths = request.paths().stream().map(cwd::resolve).toList();
        // the repository's tags are read while the migrations are found (two independent reads of the disk)
        ReleaseView.Opening repository = ReleaseView.open(cwd, config);
        // files given one by one (a pre-commit batch) come with the rest of their sets, read for context
        Reported reported = request.fileContext() ? Reported.of(paths) : Reported.of(List.of());
        // deployment files (Dockerfiles, manifests, Procfiles, Spring builds) are read beside the migrations;
        // one given by name is not a migration
        Deployment deployment = DeploymentFinder.find(cwd, paths);
        messages.addAll(deployment.notes());
        List<Path> migrationPaths = paths.stream().filter(p -> !DeploymentFinder.isDeploymentFile(p)).toList();
        Discovery discovery = !paths.isEmpty() && migrationPaths.isEmpty()
                ? new Discovery(List.of(), List.of(), List.of())
                : reported.everything()
                ? new MigrationFinder().discover(cwd, migrationPaths, config, request.dialect())
                : new MigrationFinder().discoverAround(cwd, migrationPaths, config, request.dialect());
        messages.addAll(discovery.usageErrors());
        // a folder of deployment files alone (a chart, a Dockerfile's folder) is not short of migrations
        discovery.messages().stream().filter(m -> deployment.files().isEmpty() || !m.endsWith(": no migrations found"))
                .forEach(messages::add);

        java.util.function.Predicate<Path> changed = f -> true;
        java.util.function.Predicate<String> changedDisplay = p -> true;
        if (request.changedSince() != null) {
            try {
                ChangedSince since = ChangedSince.of(cwd, request.changedSince());
                changed = since::contains;
                java.util.Set<String> shown = new java.util.HashSet<>();
                since.files().forEach(f -> shown.add(dev.rollsafe.source.DisplayPaths.of(cwd, f)));
                changedDisplay = shown::contains;
            } catch (ChangedSince.Unknown e) {
                return new CheckResult(List.of(), List.of(), List.of(), List.of(e.getMessage()), true);
            }
        }
        java.util.function.Predicate<Path> changedFile = changed;

        String stamp = Version.current() + "+" + Version.build();
        ParseCache parseCache = request.useCache() ? ParseCache.open(cwd, stamp) : null;
        ResultCache resultCache = request.useCache() ? ResultCache.open(cwd, stamp) : null;
        List<MigrationSet> sets = discovery.sets();
        ReleaseView releases = ReleaseView.of(repository, cwd, config, sets, request.dialect(),
                window(request, config, deployment, messages),
                ReferenceFinders.configured(finders, config.extra()), request.useCache());
        messages.addAll(releases.notes());
        SetResult[] results = new SetResult[sets.size()];
        String[] keys = new String[sets.size()];
        List<Integer> misses = new ArrayList<>();
        if (resultCache != null) {
            java.util.stream.IntStream.range(0, sets.size()).parallel()
                    .forEach(s -> keys[s] = setKey(sets.get(s), request, dbVersion, config, stamp + releases.fingerprint(),
                            parseCache, changedFile, reported));
        }
        for (int s = 0; s < sets.size(); s++) {
            if (resultCache != null) {
                // a result that read no code reference is filed under the key without the working tree's state,
                // so that finding it costs no walk of the working tree; one that did, under the key with it
                results[s] = resultCache.get(keys[s]);
                if (results[s] == null) {
                    results[s] = resultCache.get(withWorkTree(keys[s], releases));
                }
            }
            if (results[s] == null) {
                misses.add(s);
            }
        }
        List<MigrationSet> toCheck = misses.stream().map(sets::get).toList();
        List<List<ParsedFile>> parsedSets = parseAll(toCheck, request.dialect(), parseCache);
        SetChecker checker = new SetChecker(active, settings::level);
        for (int m = 0; m < misses.size(); m++) {
            int s = misses.get(m);
            java.util.concurrent.atomic.AtomicBoolean readReferences = new java.util.concurrent.atomic.AtomicBoolean();
            results[s] = checkSet(sets.get(s), parsedSets.get(m), request, dbVersion, checker, releases,
                    f -> PostDeploy.is(f, config, cwd), active, settings, changedFile, reported, readReferences);
            if (resultCache != null) {
                resultCache.put(readReferences.get() ? withWorkTree(keys[s], releases) : keys[s], results[s]);
            }
        }
        if (parseCache != null) {
            parseCache.save();
        }
        if (resultCache != null) {
            resultCache.save();
        }
        List<Finding> findings = new ArrayList<>();
        List<FileReport> files = new ArrayList<>();
        List<ClassifiedStatement> statements = new ArrayList<>();
        List<Suppressions.Deferred> deferred = new ArrayList<>();
        for (SetResult r : results) {
            findings.addAll(r.findings());
            files.addAll(r.files());
            statements.addAll(r.statements());
            deferred.addAll(r.deferred());
        }
        java.util.function.Predicate<String> historyPath = changedDisplay;
        List<Finding> history = Suppressions.applyHistory(deferred,
                historyFindings(releases, statements, active, settings), suppressionRules(settings),
                releases.hasReleases()).findings().stream().filter(f -> historyPath.test(f.path())).toList();
        if (reported.everything()) {
            findings.addAll(history);
        } else {
            // only what the given files say: a history finding about another migration is not theirs
            java.util.Set<String> shown = new java.util.HashSet<>();
            files.forEach(f -> shown.add(f.path()));
            history.stream().filter(f -> shown.contains(f.path())).forEach(findings::add);
        }
        java.util.function.Predicate<String> deployPath = changedDisplay;
        deploymentFindings(deployment, active, settings, cwd).stream().filter(f -> deployPath.test(f.path()))
                .forEach(findings::add);
        // the deployment files read are checked files too (no statements): the summary and files[] list them
        deployment.files().stream().filter(deployPath)
                .forEach(p -> files.add(new FileReport(p, "deployment", null, 0, 0, null)));
        findings.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column).thenComparing(Finding::ruleId));
        releases.close();
        return new CheckResult(findings, files, statements, messages, !discovery.usageErrors().isEmpty());
    }

    private SetResult checkSet(MigrationSet set, List<ParsedFile> parsed, CheckRequest request, String dbVersion,
                               SetChecker checker, ReleaseView releases,
                               java.util.function.Predicate<MigrationFile> postDeploy, List<Rule> active,
                               RuleSettings settings, java.util.function.Predicate<Path> changed, Reported reported,
                               java.util.concurrent.atomic.AtomicBoolean readReferences) {
        Dialect override = request.dialect();
        List<Finding> findings = new ArrayList<>();
        List<FileReport> files = new ArrayList<>();
        List<ClassifiedStatement> statements = new ArrayList<>();
        for (ParsedFile pf : parsed) {
            MigrationFile f = pf.file();
            if (!reported.includes(f)) {
                continue; // read for context only: replayed below, never linted nor listed
            }
            files.add(new FileReport(f.displayPath(), set.layout().id(), dialectOf(f, set, override).id(),
                    pf.statements().size(), pf.unparsed(), f.problem()));
            if (f.deploy() && changed.test(f.path())
                    && (request.all() || releases.isNew(f.path(), set.layout().id(), f.identity()))) {
                checkFile(f, findings, active, settings);
            }
            for (ParsedStatement ps : pf.statements()) {
                var st = ps.statement();
                statements.add(new ClassifiedStatement(f.displayPath(), st.span().line(), st.span().column(),
                        st.statementClass(), st.summary(), st.deploy()));
            }
        }
        // the deploy: migrations no release has shipped (all of them with --all, an audit); for Liquibase the
        // unit is the changeset, so a changeset appended to a released file is linted on its own. With
        // --changed-since only the files the branch touched are linted; the others still build the schema.
        String layout = set.layout().id();
        SetChecker.Lint lint = (i, ps) -> {
            MigrationFile f = parsed.get(i).file();
            if (!f.deploy() || !changed.test(f.path()) || !reported.includes(f)) {
                return false;
            }
            String unit = set.layout() == dev.rollsafe.source.Layout.LIQUIBASE && ps.segmentLabel() != null
                    ? ps.segmentLabel() : f.identity();
            return request.all() || releases.isNew(f.path(), layout, unit);
        };
        SetChecker.References refs = (i, ps) -> {
            readReferences.set(true);
            MigrationFile f = parsed.get(i).file();
            String unit = set.layout() == dev.rollsafe.source.Layout.LIQUIBASE && ps.segmentLabel() != null
                    ? ps.segmentLabel() : f.identity();
            return releases.referencesFor(f.path(), layout, unit, postDeploy.test(f));
        };
        findings.addAll(checker.check(parsed, lint, set.dialect(), dbVersion, refs));
        List<Suppressions.Directive> directives = new ArrayList<>();
        List<Suppressions.Deferred> deferred = new ArrayList<>();
        Suppressions.Rules suppressionRules = suppressionRules(settings);
        for (int i = 0; i < parsed.size(); i++) {
            for (ParsedStatement ps : parsed.get(i).deployStatements()) {
                boolean linted = lint.test(i, ps);
                for (Suppressions.Directive d : Suppressions.read(ps.statement().comments(),
                        parsed.get(i).file().displayPath(), ps.statement().span())) {
                    if (linted) {
                        directives.add(d);
                    }
                    // history findings point at released migrations too: their directives count everywhere
                    Suppressions.Directive history = Suppressions.historyPart(d, suppressionRules);
                    if (history != null) {
                        deferred.add(new Suppressions.Deferred(history, linted));
                    }
                }
            }
        }
        Suppressions.Applied applied = Suppressions.apply(directives, findings, suppressionRules);
        return new SetResult(applied.findings(), files, statements, deferred);
    }

    /** What the directives are judged against: every rule of this engine, as configured. */
    private Suppressions.Rules suppressionRules(RuleSettings settings) {
        java.util.Set<String> known = new java.util.HashSet<>();
        java.util.Set<String> history = new java.util.HashSet<>();
        java.util.Map<String, dev.rollsafe.rules.Level> levels = new java.util.HashMap<>();
        for (Rule rule : rules) {
            known.add(rule.info().id());
            levels.put(rule.info().id(), settings.level(rule));
            if (isHistoryRule(rule)) {
                history.add(rule.info().id());
            }
        }
        return new Suppressions.Rules(known, settings::enabled, levels::get, history);
    }

    /** A rule whose findings come from the release history (reported after the sets: its directives are deferred). */
    private static boolean isHistoryRule(Rule rule) {
        try {
            return rule.getClass().getMethod("checkHistory", HistoryFact.class, dev.rollsafe.rules.FindingSink.class)
                    .getDeclaringClass() != Rule.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The key of a result that read code references: it depends on the working tree's files too. */
    private static String withWorkTree(String key, ReleaseView releases) {
        return CacheFiles.sha256(key + "\n" + releases.workTreeFingerprint());
    }

    /** Everything a set's result depends on: the build, the rules, the options, every file's place and content. */
    private String setKey(MigrationSet set, CheckRequest request, String dbVersion, Config config, String stamp,
                          ParseCache parseCache, java.util.function.Predicate<Path> changed, Reported reported) {
        StringBuilder sb = new StringBuilder(256 + 96 * set.files().size());
        sb.append(stamp).append('\n').append(rules.stream().map(r -> r.info().id()).toList()).append('\n')
                .append(request.dialect()).append('\n').append(dbVersion).append('\n').append(request.all())
                .append('\n').append(config).append('\n').append(set.root()).append('\n').append(set.layout())
                .append('\n').append(set.dialect()).append('\n');
        for (MigrationFile f : set.files()) {
            sb.append(f.displayPath()).append('\t').append(f.identity()).append('\t').append(f.deploy()).append('\t')
                    .append(f.problem()).append('\t').append(changed.test(f.path())).append('\t')
                    .append(reported.includes(f)).append('\t');
            if (f.readable() && parseCache != null) {
                sb.append(parseCache.key(f, dialectOf(f, set, request.dialect())));
            } else if (f.readable()) {
                sb.append(CacheFiles.hash128(f.text()));
            }
            sb.append('\n');
        }
        return CacheFiles.sha256(sb.toString());
    }

    /**
     * Reads every file of every set in one parallel pass (sets are often a single file each, so
     * parallelism per set would leave cores idle), reusing the cache where the content is unchanged.
     */
    private static List<List<ParsedFile>> parseAll(List<MigrationSet> sets, Dialect override, ParseCache cache) {
        record Job(int set, int index, MigrationFile file, Dialect dialect) {
        }
        List<Job> jobs = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            MigrationSet set = sets.get(s);
            if (set.layout() == Layout.DJANGO) {
                continue; // read as a whole below: each migration needs the models the earlier ones left
            }
            for (int i = 0; i < set.files().size(); i++) {
                MigrationFile f = set.files().get(i);
                jobs.add(new Job(s, i, f, dialectOf(f, set, override)));
            }
        }
        List<ParsedFile> done = jobs.parallelStream().map(j -> parse(j.file(), j.dialect(), cache)).toList();
        List<List<ParsedFile>> out = new ArrayList<>();
        sets.forEach(s -> out.add(new ArrayList<>()));
        for (int k = 0; k < jobs.size(); k++) {
            out.get(jobs.get(k).set()).add(done.get(k));
        }
        for (int s = 0; s < sets.size(); s++) {
            if (sets.get(s).layout() == Layout.DJANGO) {
                out.set(s, DjangoSetParser.parse(sets.get(s), override != null ? override : sets.get(s).dialect()));
            }
        }
        return out;
    }

    private static ParsedFile parse(MigrationFile file, Dialect dialect, ParseCache cache) {
        if (cache == null || !file.readable()) {
            return FileParser.parse(file, dialect);
        }
        String key = cache.key(file, dialect);
        List<ParsedStatement> hit = cache.get(key);
        if (hit != null) {
            return new ParsedFile(file, hit);
        }
        ParsedFile parsed = FileParser.parse(file, dialect);
        cache.put(key, parsed.statements());
        return parsed;
    }

    /** A file written for one dialect (popx suffix, .sql.postgres) is read in it unless the user forced one. */
    private static Dialect dialectOf(MigrationFile f, MigrationSet set, Dialect override) {
        return f.dialect() != null && override == null ? f.dialect() : set.dialect();
    }

    /**
     * The deploy window: {@code --window}, else rollsafe.yaml's {@code window:}, else what the rollout strategy of
     * the deployment files implies (said in a message), else 1.
     */
    private static int window(CheckRequest request, Config config, Deployment deployment, List<String> messages) {
        if (request.window() != null) {
            return request.window();
        }
        Object w = config.extra().get("window");
        if (w == null) {
            return dev.rollsafe.deploy.DeployWindow.of(deployment).map(d -> {
                messages.add("deploy window " + d.releases() + " (releases before this one that may still serve), from"
                        + " the " + d.reason() + "; --window or window: in rollsafe.yaml overrides it");
                return d.releases();
            }).orElse(1);
        }
        try {
            int n = Integer.parseInt(w.toString().strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        messages.add(config.file() + ": window must be a whole number of releases (0 or more), not '" + w
                + "'; using 1");
        return 1;
    }

    /** The history rules' findings, at each migration's first deploy statement when the file is here. */
    private static List<Finding> historyFindings(ReleaseView releases, List<ClassifiedStatement> statements,
                                                 List<Rule> active, RuleSettings settings) {
        List<Finding> out = new ArrayList<>();
        if (releases.facts().isEmpty()) {
            return out;
        }
        java.util.Map<String, ClassifiedStatement> first = new java.util.HashMap<>();
        for (ClassifiedStatement s : statements) {
            if (s.deploy()) {
                first.putIfAbsent(s.path(), s);
            }
        }
        for (HistoryFact fact : releases.facts()) {
            ClassifiedStatement at = first.get(fact.path());
            Span span = at == null ? new Span(0, 0, 1, 1, 1, 1)
                    : new Span(0, 0, at.line(), at.column(), at.line(), at.column());
            for (Rule rule : active) {
                rule.checkHistory(fact, new Sink(rule.info().id(), settings.level(rule), fact.path(), span, out));
            }
        }
        return out;
    }

    /** The deployment rules' findings, each at its file and line. */
    private static List<Finding> deploymentFindings(Deployment deployment, List<Rule> active, RuleSettings settings,
                                                    Path cwd) {
        List<Finding> out = new ArrayList<>();
        if (deployment.isEmpty()) {
            return out;
        }
        java.util.Map<String, List<String>> texts = new java.util.HashMap<>();
        for (Rule rule : active) {
            rule.checkDeployment(deployment, (path, line) -> new Sink(rule.info().id(), settings.level(rule), path,
                    lineSpan(texts.computeIfAbsent(path, p -> lines(cwd.resolve(p))), line), out));
        }
        return out;
    }

    /** The span of a line's text, from its first non-blank character to its end. */
    private static Span lineSpan(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return new Span(0, 0, Math.max(line, 1), 1, Math.max(line, 1), 1);
        }
        String text = lines.get(line - 1).stripTrailing();
        int first = text.length() - text.stripLeading().length();
        return new Span(0, 0, line, first + 1, line, Math.max(first + 1, text.length() + 1));
    }

    private static List<String> lines(Path file) {
        try {
            return java.nio.file.Files.readAllLines(file);
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static void checkFile(MigrationFile file, List<Finding> findings, List<Rule> active,
                                  RuleSettings settings) {
        Span start = file.readable() ? new Span(0, 0, 1, 1, 1, 1) : ProblemLocator.locate(file.path());
        FileContext ctx = new FileContext() {
            @Override public String path() { return file.displayPath(); }
            @Override public String layout() { return file.layout().id(); }
            @Override public String unreadableReason() { return file.readable() ? null : file.problem(); }
            @Override public Span problemSpan() { return start; }
        };
        for (Rule rule : active) {
            rule.checkFile(ctx, new Sink(rule.info().id(), settings.level(rule), file.displayPath(), start, findings));
        }
    }
}
