package dev.rollsafe.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleDocs;
import dev.rollsafe.rules.RuleRegistry;
import dev.rollsafe.source.ConfigLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The check result as SARIF 2.1.0, in the subset GitHub code scanning reads: one run (with
 * {@code automationDetails.id}), the rule descriptors of every registered rule, and one result per finding.
 * Result locations are relative to the repository root ({@code %SRCROOT%}), regions are the statement's
 * (1-based lines, UTF-16 columns, {@code endColumn} after the last character), and
 * {@code partialFingerprints.primaryLocationLineHash} is computed as GitHub computes it (see
 * {@link SarifReportLineHash}), so alerts keep their identity when lines move. The evidence of a release
 * verdict becomes {@code relatedLocations} whose messages name the release. Suppressed findings never reach
 * a report, so none carries {@code suppressions} (GitHub ignores them anyway).
 */
public final class SarifReport implements Report {

    public static final String SRCROOT = "%SRCROOT%";
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** GitHub rejects a run with more results than this. */
    static final int MAX_RESULTS = 25_000;

    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?");

    private final String version;
    private final Path workingDirectory;
    private final Path repositoryRoot;
    private final RuleRegistry registry;
    private final RuleDocs docs;

    /** A report for findings whose paths are relative to {@code workingDirectory}, in the git repository above it. */
    public SarifReport(String version, Path workingDirectory) {
        this(version, workingDirectory, ConfigLoader.repositoryRoot(workingDirectory), RuleRegistry.standard(),
                new RuleDocs());
    }

    SarifReport(String version, Path workingDirectory, Path repositoryRoot, RuleRegistry registry, RuleDocs docs) {
        this.version = version;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.registry = registry;
        this.docs = docs;
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        try {
            out.println(mapper().writeValueAsString(document(result)));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write SARIF: " + e.getMessage(), e);
        }
    }

    /** The SARIF document (the java-sarif model), for callers that want the objects. */
    SarifSchema210 document(CheckResult result) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (Rule rule : registry.all()) {
            ruleIndex.put(rule.info().id(), rules.size());
            rules.add(SarifReportRules.descriptor(rule, docs));
        }
        List<Result> results = new ArrayList<>();
        Map<String, Optional<List<String>>> hashes = new HashMap<>();
        List<Finding> findings = result.findings();
        for (Finding f : findings.subList(0, Math.min(findings.size(), MAX_RESULTS))) {
            Integer index = ruleIndex.get(f.ruleId());
            if (index == null) {
                index = rules.size();
                ruleIndex.put(f.ruleId(), index);
                rules.add(SarifReportRules.unknown(f.ruleId(), f.level()));
            }
            results.add(result(f, index, hashes));
        }
        ToolComponent driver = new ToolComponent()
                .withName("rollsafe")
                .withFullName("rollsafe: SQL migration linter for rolling deployments")
                .withVersion(version)
                .withRules(rules);
        if (SEMVER.matcher(version).matches()) {
            driver.withSemanticVersion(version);
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withAutomationDetails(new RunAutomationDetails().withId(automationId()))
                .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(SRCROOT,
                        new ArtifactLocation().withUri(directoryUri(repositoryRoot))))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withInvocations(List.of(invocation(result, findings.size())))
                .withResults(results);
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    /**
     * {@code rollsafe/<scope>/}: the scope is the working directory relative to the repository root ({@code root}
     * at the root), so that checks of two folders of one repository are two categories that do not close
     * each other's alerts.
     */
    String automationId() {
        String scope = repositoryRoot.equals(workingDirectory) || !workingDirectory.startsWith(repositoryRoot)
                ? "root" : slashes(repositoryRoot.relativize(workingDirectory));
        return "rollsafe/" + scope + "/";
    }

    private Result result(Finding f, int ruleIndex, Map<String, Optional<List<String>>> hashes) {
        Result r = new Result()
                .withRuleId(f.ruleId())
                .withRuleIndex(ruleIndex)
                .withLevel(Result.Level.fromValue(f.level().id()))
                .withMessage(new Message().withText(message(f)));
        Path file = workingDirectory.resolve(f.path()).normalize();
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact(file));
        if (f.line() >= 1) {
            physical.withRegion(region(f));
            Optional<List<String>> lines = hashes.computeIfAbsent(f.path(), p -> lineHashes(file));
            if (lines.isPresent() && f.line() <= lines.get().size()) {
                r.withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty("primaryLocationLineHash", lines.get().get(f.line() - 1)));
            }
        }
        r.withLocations(List.of(new Location().withPhysicalLocation(physical)));
        Set<Location> related = new LinkedHashSet<>();
        for (Evidence e : f.evidence()) {
            related.add(related(e, related.size() + 1));
        }
        if (!related.isEmpty()) {
            r.withRelatedLocations(related);
        }
        return r;
    }

    /** The message's first sentence is the finding (GitHub's alert title); the help follows. */
    static String message(Finding f) {
        String text = SarifReportRules.sentence(capitalized(f.message()));
        if (f.help() != null && !f.help().isBlank()) {
            text += " " + SarifReportRules.sentence(capitalized(f.help()));
        }
        return text;
    }

    /** A sentence starts with a capital, unless its first word may be a name (users.email, order_items). */
    static String capitalized(String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        if (space > 0 && t.substring(0, space).matches("[a-z]+")) {
            return Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    private static Region region(Finding f) {
        int column = Math.max(f.column(), 1);
        int endLine = Math.max(f.endLine(), f.line());
        int endColumn = Math.max(f.endColumn(), 1);
        if (endLine == f.line()) {
            endColumn = Math.max(endColumn, column);
        }
        return new Region().withStartLine(f.line()).withStartColumn(column).withEndLine(endLine)
                .withEndColumn(endColumn);
    }

    /** Evidence from a release's code: its path is already relative to the repository root. */
    private static Location related(Evidence e, int id) {
        String where = e.release() == null ? "Used here"
                : "HEAD".equals(e.release()) ? "Used by the code being checked (HEAD)"
                : "Used by release " + e.release();
        String text = e.text() == null || e.text().isBlank() ? where + "." : where + ": " + e.text().strip();
        Location location = new Location().withId(id).withMessage(new Message().withText(text));
        if (e.path() != null && !e.path().isBlank()) {
            PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(
                    new ArtifactLocation().withUri(uri(e.path())).withUriBaseId(SRCROOT));
            if (e.line() >= 1) {
                physical.withRegion(new Region().withStartLine(e.line()));
            }
            location.withPhysicalLocation(physical);
        }
        return location;
    }

    /** Relative to {@code %SRCROOT%} when the file is in the repository; else an absolute file URI. */
    private ArtifactLocation artifact(Path file) {
        if (file.startsWith(repositoryRoot)) {
            return new ArtifactLocation().withUri(uri(slashes(repositoryRoot.relativize(file)))).withUriBaseId(SRCROOT);
        }
        return new ArtifactLocation().withUri(file.toUri().toString());
    }

    /** A relative path as a URI reference: escaped, and never read as a scheme. */
    static String uri(String relativePath) {
        try {
            String path = relativePath.contains(":") && !relativePath.startsWith("./") ? "./" + relativePath
                    : relativePath;
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relativePath.replace("%", "%25").replace(" ", "%20");
        }
    }

    private static String directoryUri(Path dir) {
        String uri = dir.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** Every line's hash, from the file as it is on disk (GitHub hashes the checked-out file the same way). */
    private static Optional<List<String>> lineHashes(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty(); // never open a FIFO or device: it could block
            }
            return Optional.of(SarifReportLineHash.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Invocation invocation(CheckResult result, int findings) {
        List<Notification> notes = new ArrayList<>();
        for (String m : result.messages()) {
            notes.add(new Notification().withLevel(Notification.Level.WARNING).withMessage(new Message().withText(m)));
        }
        if (findings > MAX_RESULTS) {
            notes.add(new Notification().withLevel(Notification.Level.WARNING).withMessage(new Message().withText(
                    (findings - MAX_RESULTS) + " findings left out: GitHub accepts at most " + MAX_RESULTS
                            + " results in one run")));
        }
        Invocation invocation = new Invocation().withExecutionSuccessful(!result.setupError());
        if (!notes.isEmpty()) {
            invocation.withToolExecutionNotifications(notes);
        }
        return invocation;
    }

    /**
     * Jackson for the java-sarif model. Its classes leave out every value equal to SARIF's default (index -1,
     * kind fail, rank -1, ...), which keeps the file small; a level is written all the same, because GitHub
     * should see {@code warning} rather than infer it.
     */
    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public JsonInclude.Value findPropertyInclusion(Annotated a) {
                if (a instanceof AnnotatedMember && LEVEL.contains(a.getName())) {
                    return JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL);
                }
                return super.findPropertyInclusion(a);
            }
        });
        mapper.enable(SerializationFeature.INDENT_OUTPUT);
        return mapper;
    }

    private static final Set<String> LEVEL = Set.of("level", "getLevel");
}
