package dev.rollsafe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitLabReportTest {

    @TempDir
    Path repo;

    private static final String INDEX = "CREATE INDEX users_email_idx ON users (email);";

    private void write(String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Finding at(String path, Level level, int line, int endColumn) {
        return new Finding("create-index-blocks-writes", level, path, line, 1, line, endColumn,
                "creating index users_email_idx on users takes a SHARE lock", "use CREATE INDEX CONCURRENTLY",
                List.of());
    }

    private String raw(Path workingDirectory, List<Finding> findings) {
        return Results.render(new GitLabReport(workingDirectory, repo), Results.of(findings, List.of()));
    }

    private JsonNode render(Path workingDirectory, List<Finding> findings) throws Exception {
        return new ObjectMapper().readTree(raw(workingDirectory, findings));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void codeQualityIssuesWithPathsFromTheRepositoryRoot() throws Exception {
        write("app/db/V2__idx.sql", "-- one\n" + INDEX + "\n");
        JsonNode root = render(repo.resolve("app"), List.of(at("db/V2__idx.sql", Level.ERROR, 2, 47)));
        assertTrue(root.isArray());
        JsonNode issue = root.get(0);
        assertEquals(List.of("type", "engine_name", "check_name", "description", "severity", "fingerprint", "location"),
                fieldNames(issue));
        assertEquals("create-index-blocks-writes", issue.get("check_name").asText());
        assertEquals("Creating index users_email_idx on users takes a SHARE lock. Use CREATE INDEX CONCURRENTLY.",
                issue.get("description").asText());
        assertEquals("critical", issue.get("severity").asText());
        assertEquals("app/db/V2__idx.sql", issue.at("/location/path").asText());
        assertEquals(2, issue.at("/location/lines/begin").asInt());
        assertTrue(issue.get("fingerprint").asText().matches("[0-9a-f]{64}"));
    }

    @Test
    void severityFollowsTheLevel() throws Exception {
        write("V2__idx.sql", INDEX + "\n" + INDEX + "\n" + INDEX + "\n");
        JsonNode root = render(repo, List.of(at("V2__idx.sql", Level.ERROR, 1, 47), at("V2__idx.sql", Level.WARNING, 2, 47),
                at("V2__idx.sql", Level.NOTE, 3, 47)));
        assertEquals("critical", root.at("/0/severity").asText());
        assertEquals("minor", root.at("/1/severity").asText());
        assertEquals("info", root.at("/2/severity").asText());
    }

    @Test
    void fingerprintHasNoLineNumberButTellsIdenticalStatementsApart() throws Exception {
        write("V2__idx.sql", INDEX + "\n");
        String before = render(repo, List.of(at("V2__idx.sql", Level.ERROR, 1, 47))).at("/0/fingerprint").asText();
        write("V2__idx.sql", "-- header\n\n" + INDEX + "\n" + INDEX + "\n");
        JsonNode after = render(repo, List.of(at("V2__idx.sql", Level.ERROR, 3, 47), at("V2__idx.sql", Level.ERROR, 4, 47)));
        assertEquals(before, after.at("/0/fingerprint").asText(), "lines added above keep the fingerprint");
        assertNotEquals(after.at("/0/fingerprint").asText(), after.at("/1/fingerprint").asText());

        write("V2__idx.sql", "CREATE INDEX users_email_idx\n    ON users (email);\n");
        Finding reflowed = new Finding("create-index-blocks-writes", Level.ERROR, "V2__idx.sql", 1, 1, 2, 22, "m", "h",
                List.of());
        assertEquals(before, render(repo, List.of(reflowed)).at("/0/fingerprint").asText(),
                "white space does not count");
        write("V3__idx.sql", INDEX + "\n");
        assertNotEquals(before, render(repo, List.of(at("V3__idx.sql", Level.ERROR, 1, 47))).at("/0/fingerprint").asText(),
                "another file is another issue");
    }

    @Test
    void aFileThatCannotBeReadStillGetsAStableFingerprintAndLineOne() throws Exception {
        Finding gone = new Finding("unreadable-file", Level.ERROR, "gone.sql", 0, 0, 0, 0, "cannot read gone.sql", null,
                List.of());
        JsonNode a = render(repo, List.of(gone));
        assertEquals(1, a.at("/0/location/lines/begin").asInt());
        assertEquals(a.at("/0/fingerprint").asText(), render(repo, List.of(gone)).at("/0/fingerprint").asText());
    }

    @Test
    void noFindingsIsAnEmptyArrayWithoutByteOrderMark() throws Exception {
        String text = raw(repo, List.of());
        assertEquals("[ ]\n", text);
        assertFalse(text.startsWith("\uFEFF"));
    }
}
