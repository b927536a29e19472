package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollsafe.report.SarifReportSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format sarif} and {@code --format gitlab} with the real engine on a real git repository with a
 * release tag: the release verdict's evidence reaches both reports, and the SARIF passes the 2.1.0 schema.
 */
class SarifReportCliTest {

    @TempDir
    Path repo;

    private long clock = 1_700_000_000L;

    private void write(String path, String text) throws Exception {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private void commit(Git git, String message, String tag) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("t", "t@example.invalid", Date.from(Instant.ofEpochSecond(clock += 60)),
                TimeZone.getTimeZone(ZoneOffset.UTC));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        if (tag != null) {
            git.tag().setName(tag).setAnnotated(true).setMessage(tag).setSigned(false).call();
        }
    }

    /** v1.0.0 ships users.email and code that reads it; the unreleased V2 drops it and indexes users. */
    private void releasedThenDropped() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("app/db/migration/V1__init.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
            write("app/src/main/java/app/Users.java",
                    "class Users {\n    static final String Q = \"SELECT id, email FROM users\";\n}\n");
            commit(git, "v1.0.0", "v1.0.0");
            write("app/src/main/java/app/Users.java", "class Users {\n    static final String Q = \"SELECT id FROM users\";\n}\n");
            write("app/db/migration/V2__drop_email.sql", "SET lock_timeout = '5s';\n"
                    + "ALTER TABLE users DROP COLUMN email;\nCREATE INDEX users_id_idx ON users (id);\n");
            commit(git, "drop email", null);
        }
    }

    @Test
    void sarifOfARealCheckIsValidAndCarriesTheReleaseEvidence() throws Exception {
        releasedThenDropped();
        CliRun run = CliRun.real(repo.resolve("app"), "check", "--format", "sarif", "--no-cache");
        assertEquals(ExitCodes.FINDINGS, run.code, run::toString);
        JsonNode sarif = SarifReportSchema.assertValid(run.out);
        JsonNode results = sarif.at("/runs/0/results");
        assertEquals("rollsafe/app/", sarif.at("/runs/0/automationDetails/id").asText());

        JsonNode contract = null;
        JsonNode index = null;
        for (JsonNode r : results) {
            assertEquals("app/db/migration/V2__drop_email.sql",
                    r.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
            if (r.get("ruleId").asText().equals("contract-while-referenced")) {
                contract = r;
            }
            if (r.get("ruleId").asText().equals("create-index-blocks-writes")) {
                index = r;
            }
        }
        assertTrue(contract != null, run::toString);
        assertEquals(2, contract.at("/locations/0/physicalLocation/region/startLine").asInt());
        // the statement without its semicolon: ALTER TABLE users DROP COLUMN email is 35 characters
        assertEquals(36, contract.at("/locations/0/physicalLocation/region/endColumn").asInt());
        JsonNode evidence = contract.at("/relatedLocations/0");
        assertTrue(evidence.at("/message/text").asText().startsWith("Used by release v1.0.0"), evidence::toString);
        assertEquals("app/src/main/java/app/Users.java", evidence.at("/physicalLocation/artifactLocation/uri").asText());
        assertEquals(2, evidence.at("/physicalLocation/region/startLine").asInt());
        assertTrue(index != null, run::toString);
        assertTrue(index.at("/partialFingerprints/primaryLocationLineHash").asText().endsWith(":1"));
    }

    @Test
    void gitlabOfARealCheckNamesTheFileFromTheRepositoryRoot() throws Exception {
        releasedThenDropped();
        CliRun run = CliRun.real(repo.resolve("app"), "check", "--format", "gitlab", "--no-cache");
        assertEquals(ExitCodes.FINDINGS, run.code, run::toString);
        JsonNode issues = new ObjectMapper().readTree(run.out);
        assertTrue(issues.size() >= 2, run::toString);
        for (JsonNode issue : issues) {
            assertEquals("app/db/migration/V2__drop_email.sql", issue.at("/location/path").asText());
            assertEquals("critical", issue.get("severity").asText(), issue::toString);
        }
    }

    @Test
    void aCleanCheckIsAValidSarifWithNoResultsAndExitZero() throws Exception {
        write("db/migration/V1__init.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        Files.createDirectories(repo.resolve(".git"));
        CliRun run = CliRun.real(repo, "check", "--format", "sarif", "--no-cache");
        assertEquals(ExitCodes.CLEAN, run.code, run::toString);
        assertEquals(0, SarifReportSchema.assertValid(run.out).at("/runs/0/results").size());
    }

    @Test
    void theOutputOptionWritesTheSarifFile() throws Exception {
        write("db/migration/V1__init.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        CliRun run = CliRun.real(repo, "check", "--format", "sarif", "--output", "rollsafe.sarif", "--no-cache");
        assertEquals(ExitCodes.CLEAN, run.code, run::toString);
        SarifReportSchema.assertValid(Files.readString(repo.resolve("rollsafe.sarif")));
    }

    @Test
    void commandsThatCannotWriteSarifSaySoInsteadOfPrintingText() throws Exception {
        write("db/migration/V1__init.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        CliRun classify = CliRun.real(repo, "classify", "--format", "sarif");
        assertEquals(ExitCodes.ERROR, classify.code, classify::toString);
        assertTrue(classify.err.contains("classify writes text or json, not sarif"), classify::toString);
        CliRun releases = CliRun.real(repo, "releases", "--format", "gitlab");
        assertEquals(ExitCodes.ERROR, releases.code, releases::toString);
        assertTrue(releases.err.contains("releases writes text or json, not gitlab"), releases::toString);
        CliRun unknown = CliRun.real(repo, "check", "--format", "xml");
        assertEquals(ExitCodes.ERROR, unknown.code, unknown::toString);
        assertTrue(unknown.err.contains("use text, json, sarif, gitlab, github or html"), unknown::toString);
    }
}
