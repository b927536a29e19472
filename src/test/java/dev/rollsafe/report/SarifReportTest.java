package dev.rollsafe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleDocs;
import dev.rollsafe.rules.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    @TempDir
    Path repo;

    private static final String V2 = "-- drop it\nCREATE INDEX users_email_idx ON users (email);\n"
            + "ALTER TABLE users DROP COLUMN email;\n";

    private Path migration(String name, String text) throws Exception {
        Path file = repo.resolve("services/api/db/migration").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Finding index(String path) {
        return new Finding("create-index-blocks-writes", Level.ERROR, path, 2, 1, 2, 48,
                "creating index users_email_idx on users takes a SHARE lock on users",
                "use CREATE INDEX CONCURRENTLY", List.of());
    }

    private static Finding drop(String path) {
        return new Finding("contract-while-referenced", Level.ERROR, path, 3, 1, 3, 37,
                "users.email is dropped while release v1.0.0 still reads it", "stop reading it first",
                List.of(new Evidence("v1.0.0", "src/main/java/app/Users.java", 7, "  \"SELECT id, email FROM users\""),
                        new Evidence("HEAD", "src/main/java/app/Mailer.java", 3, "SELECT email FROM users")));
    }

    private JsonNode render(Path workingDirectory, List<Finding> findings) {
        String sarif = Results.render(new SarifReport("1.2.3", workingDirectory, repo, RuleRegistry.standard(),
                new RuleDocs()), Results.of(findings, List.of()));
        return SarifReportSchema.assertValid(sarif);
    }

    @Test
    void oneRunWithToolRulesAutomationIdAndOriginalUriBaseIds() throws Exception {
        migration("V2__drop.sql", V2);
        JsonNode root = render(repo.resolve("services/api"), List.of(index("db/migration/V2__drop.sql")));

        assertEquals("2.1.0", root.get("version").asText());
        assertEquals(1, root.get("runs").size());
        JsonNode run = root.at("/runs/0");
        assertEquals("rollsafe", run.at("/tool/driver/name").asText());
        assertEquals("1.2.3", run.at("/tool/driver/semanticVersion").asText());
        assertEquals(RuleRegistry.standard().all().size(), run.at("/tool/driver/rules").size());
        assertEquals("rollsafe/services/api/", run.at("/automationDetails/id").asText());
        assertEquals(repo.toUri().toString(), run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
    }

    @Test
    void atTheRepositoryRootTheScopeIsRoot() {
        JsonNode root = render(repo, List.of());
        assertEquals("rollsafe/root/", root.at("/runs/0/automationDetails/id").asText());
        assertEquals(0, root.at("/runs/0/results").size());
    }

    @Test
    void resultPointsAtItsRuleAndStatementRelativeToTheRepositoryRoot() throws Exception {
        Path file = migration("V2__drop.sql", V2);
        JsonNode run = render(repo.resolve("services/api"), List.of(index("db/migration/V2__drop.sql"))).at("/runs/0");
        JsonNode result = run.at("/results/0");

        assertEquals("create-index-blocks-writes", result.get("ruleId").asText());
        int ruleIndex = result.get("ruleIndex").asInt();
        assertEquals("create-index-blocks-writes", run.at("/tool/driver/rules/" + ruleIndex + "/id").asText());
        assertEquals("error", result.get("level").asText());
        String text = result.at("/message/text").asText();
        assertTrue(text.startsWith("Creating index users_email_idx on users takes a SHARE lock on users. "), text);
        assertTrue(text.endsWith("Use CREATE INDEX CONCURRENTLY."), text);

        JsonNode physical = result.at("/locations/0/physicalLocation");
        assertEquals("services/api/db/migration/V2__drop.sql", physical.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", physical.at("/artifactLocation/uriBaseId").asText());
        assertEquals(2, physical.at("/region/startLine").asInt());
        assertEquals(1, physical.at("/region/startColumn").asInt());
        assertEquals(2, physical.at("/region/endLine").asInt());
        assertEquals(48, physical.at("/region/endColumn").asInt());

        String expected = SarifReportLineHash.of(Files.readString(file)).get(1);
        assertEquals(expected, result.at("/partialFingerprints/primaryLocationLineHash").asText());
        assertFalse(result.has("suppressions"));
    }

    @Test
    void fingerprintStaysWhenLinesAreAddedAboveAndHasNoLineNumber() throws Exception {
        migration("V2__drop.sql", V2);
        String before = render(repo, List.of(index("services/api/db/migration/V2__drop.sql")))
                .at("/runs/0/results/0/partialFingerprints/primaryLocationLineHash").asText();
        migration("V2__drop.sql", "-- a licence header\n-- added later\n\n" + V2);
        Finding moved = new Finding("create-index-blocks-writes", Level.ERROR,
                "services/api/db/migration/V2__drop.sql", 5, 1, 5, 48, "m", "h", List.of());
        String after = render(repo, List.of(moved)).at("/runs/0/results/0/partialFingerprints/primaryLocationLineHash")
                .asText();
        assertEquals(before, after);
        assertTrue(before.matches("[0-9a-f]{1,16}:1"), before);
    }

    @Test
    void levelIsWrittenForEveryLevelIncludingSarifsDefaultWarning() throws Exception {
        migration("V2__drop.sql", V2);
        List<Finding> findings = new ArrayList<>();
        for (Level level : Level.values()) {
            findings.add(new Finding("varchar-length-limit", level, "db/migration/V2__drop.sql", 2, 1, 2, 5, "m", "h",
                    List.of()));
        }
        JsonNode run = render(repo.resolve("services/api"), findings).at("/runs/0");
        assertEquals("note", run.at("/results/0/level").asText());
        assertEquals("warning", run.at("/results/1/level").asText());
        assertEquals("error", run.at("/results/2/level").asText());
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            assertTrue(rule.at("/defaultConfiguration/level").isTextual(), rule::toString);
        }
    }

    @Test
    void releaseEvidenceBecomesRelatedLocationsNamingTheRelease() throws Exception {
        migration("V2__drop.sql", V2);
        JsonNode result = render(repo.resolve("services/api"), List.of(drop("db/migration/V2__drop.sql")))
                .at("/runs/0/results/0");
        JsonNode related = result.get("relatedLocations");
        assertEquals(2, related.size());
        assertEquals("Used by release v1.0.0: \"SELECT id, email FROM users\"", related.at("/0/message/text").asText());
        assertEquals("src/main/java/app/Users.java", related.at("/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", related.at("/0/physicalLocation/artifactLocation/uriBaseId").asText());
        assertEquals(7, related.at("/0/physicalLocation/region/startLine").asInt());
        assertTrue(related.at("/1/message/text").asText().startsWith("Used by the code being checked (HEAD)"));
        assertEquals(1, related.at("/0/id").asInt());
        assertEquals(2, related.at("/1/id").asInt());
    }

    @Test
    void ruleDescriptorsCarryTheRegistryAndTheDocs() {
        JsonNode rules = render(repo, List.of()).at("/runs/0/tool/driver/rules");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String id = rule.get("id").asText();
            ids.add(id);
            Rule registered = RuleRegistry.standard().find(id).orElseThrow();
            assertEquals(registered.info().level().id(), rule.at("/defaultConfiguration/level").asText(), id);
            assertTrue(rule.at("/shortDescription/text").asText().startsWith(registered.info().summary()), id);
            assertTrue(rule.at("/shortDescription/text").asText().length() <= 1024, id);
            assertTrue(rule.at("/fullDescription/text").asText().length() <= 1024, id);
            assertFalse(rule.at("/fullDescription/text").asText().startsWith("Level:"), id);
            assertTrue(rule.at("/help/markdown").asText().startsWith("# " + id), id);
            assertFalse(rule.at("/help/markdown").asText().contains("\nClaim: "), id);
            assertFalse(rule.at("/help/text").asText().contains("`"), id);
            assertTrue(rule.at("/properties/tags").size() <= 20, id);
            assertEquals(registered.info().tags().length, rule.at("/properties/tags").size(), id);
            assertFalse(rule.at("/properties").has("security-severity"), id);
            assertTrue(rule.at("/properties/precision").isTextual(), id);
        }
        assertEquals(new HashSet<>(RuleRegistry.standard().ids()), ids);
        JsonNode index = rules.findParents("id").stream()
                .filter(r -> r.get("id").asText().equals("create-index-blocks-writes")).findFirst().orElseThrow();
        assertEquals("CreateIndexBlocksWrites", index.get("name").asText());
        assertTrue(index.at("/fullDescription/text").asText().startsWith("CREATE INDEX without CONCURRENTLY"),
                index.at("/fullDescription/text").asText());
        assertEquals("error", index.at("/properties/problem.severity").asText());
    }

    @Test
    void aFindingOfAnUnregisteredRuleGetsADescriptorOfItsOwn() throws Exception {
        migration("V2__drop.sql", V2);
        Finding odd = new Finding("not-a-rule", Level.NOTE, "db/migration/V2__drop.sql", 1, 1, 1, 3, "m", "h", List.of());
        JsonNode run = render(repo.resolve("services/api"), List.of(odd)).at("/runs/0");
        int index = run.at("/results/0/ruleIndex").asInt();
        assertEquals("not-a-rule", run.at("/tool/driver/rules/" + index + "/id").asText());
    }

    @Test
    void aByteOrderMarkAndCrlfLinesAreHashedAsGitHubReadsTheFile() throws Exception {
        String text = "\uFEFF-- one\r\nCREATE INDEX i ON t (c);\r\n";
        migration("V3__bom.sql", text);
        Finding f = new Finding("create-index-blocks-writes", Level.ERROR, "db/migration/V3__bom.sql", 2, 1, 2, 25, "m",
                "h", List.of());
        JsonNode result = render(repo.resolve("services/api"), List.of(f)).at("/runs/0/results/0");
        assertEquals(SarifReportLineHash.of(text).get(1),
                result.at("/partialFingerprints/primaryLocationLineHash").asText());
    }

    @Test
    void aFileThatCannotBeReadHasNoFingerprintAndAFileOutsideTheRepositoryAnAbsoluteUri(@TempDir Path elsewhere)
            throws Exception {
        Finding gone = new Finding("unreadable-file", Level.ERROR, "db/gone.sql", 1, 1, 1, 1, "cannot read", null,
                List.of());
        JsonNode result = render(repo, List.of(gone)).at("/runs/0/results/0");
        assertFalse(result.has("partialFingerprints"));
        assertEquals("Cannot read.", result.at("/message/text").asText());

        Path outside = elsewhere.resolve("my migrations/V1.sql");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, "DROP TABLE t;\n");
        Finding f = new Finding("some-rule", Level.ERROR, outside.toString(), 1, 1, 1, 14, "m", "h", List.of());
        JsonNode far = render(repo, List.of(f)).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertTrue(far.get("uri").asText().startsWith("file:/"), far.toString());
        assertTrue(far.get("uri").asText().contains("my%20migrations"), far.toString());
        assertFalse(far.has("uriBaseId"));
    }

    @Test
    void pathsAreEscapedAsUriReferences() {
        assertEquals("db/my%20migrations/V1__%C3%A9t%C3%A9.sql", SarifReport.uri("db/my migrations/V1__été.sql"));
        assertEquals("./c:odd/V1.sql", SarifReport.uri("c:odd/V1.sql"));
    }

    @Test
    void engineMessagesBecomeNotificationsAndASetupErrorAFailedExecution() {
        CheckResult result = new CheckResult(List.of(), List.of(new FileReport("a.sql", "plain", null, 0, 0, "x")),
                List.of(), List.of("a.sql: cannot read"), true);
        String sarif = Results.render(new SarifReport("unknown", repo, repo, RuleRegistry.standard(), new RuleDocs()),
                result);
        JsonNode run = SarifReportSchema.assertValid(sarif).at("/runs/0");
        assertFalse(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertEquals("a.sql: cannot read", run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText());
        assertFalse(run.at("/tool/driver").has("semanticVersion"), "'unknown' is no semantic version");
        assertEquals("unknown", run.at("/tool/driver/version").asText());
    }

    @Test
    void moreResultsThanGitHubAcceptsAreCutWithANotification() throws Exception {
        migration("V2__drop.sql", V2);
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < SarifReport.MAX_RESULTS + 3; i++) {
            many.add(index("db/migration/V2__drop.sql"));
        }
        JsonNode run = render(repo.resolve("services/api"), many).at("/runs/0");
        assertEquals(SarifReport.MAX_RESULTS, run.get("results").size());
        assertTrue(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText()
                .startsWith("3 findings left out"));
    }

    @Test
    void theSchemaCheckRejectsWhatIsNotSarif() {
        assertFalse(SarifReportSchema.errors("{\"version\": \"2.1.0\", \"runs\": [{}]}").isEmpty());
        String bad = "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}}, \"results\": "
                + "[{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\"}]}]}";
        assertFalse(SarifReportSchema.errors(bad).isEmpty());
    }
}
