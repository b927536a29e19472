package dev.rollsafe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.ClassifiedStatement;
import dev.rollsafe.engine.FileReport;
import dev.rollsafe.model.StatementClass;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Fix;
import dev.rollsafe.rules.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void checkHasTheDocumentedShape() throws Exception {
        Finding f = new Finding("drop-column", Level.ERROR, "db/V2.sql", 2, 1, 2, 44, "drops users.email",
                "stop reading it first", List.of(new Evidence("v1.0", "src/A.java", 7, "select email")));
        CheckResult result = new CheckResult(List.of(f),
                List.of(new FileReport("db/V2.sql", "flyway", "postgresql", 3, 0, null),
                        new FileReport("db/V3.sql", "flyway", null, 0, 0, "cannot read: denied")),
                List.of(), List.of("db/V3.sql: cannot read"), false);
        JsonNode root = parse(Results.render(new JsonReport("1.2.3", Path.of(".")), result));

        assertEquals(List.of("tool", "findings", "files", "messages"), fieldNames(root));
        assertEquals("rollsafe", root.at("/tool/name").asText());
        assertEquals("1.2.3", root.at("/tool/version").asText());
        JsonNode finding = root.at("/findings/0");
        assertEquals(List.of("ruleId", "level", "path", "line", "column", "endLine", "endColumn", "message", "help",
                "evidence"), fieldNames(finding));
        assertEquals("error", finding.get("level").asText());
        assertEquals(2, finding.get("line").asInt());
        assertEquals(44, finding.get("endColumn").asInt());
        assertEquals("drops users.email", finding.get("message").asText());
        assertEquals(List.of("release", "path", "line", "text"), fieldNames(finding.at("/evidence/0")));
        assertEquals(7, finding.at("/evidence/0/line").asInt());

        assertEquals(List.of("path", "layout", "dialect", "statements", "unparsed"), fieldNames(root.at("/files/0")));
        assertEquals(List.of("path", "layout", "statements", "unparsed", "problem"), fieldNames(root.at("/files/1")));
        assertEquals("cannot read: denied", root.at("/files/1/problem").asText());
        assertEquals("db/V3.sql: cannot read", root.at("/messages/0").asText());
    }

    @Test
    void aFixHasItsEditsWithOffsetsAndPositionsAndANoteOnlyFixHasNoEdits(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V2.sql"), "\uFEFF-- x\nCREATE INDEX i ON t (a);\n");
        Fix insert = new Fix(List.of(new Fix.Edit(17, 17, " CONCURRENTLY")), "then run it alone");
        Finding fixed = new Finding("create-index-blocks-writes", Level.ERROR, "V2.sql", 2, 1, 2, 25, "m", "h",
                List.of(), insert);
        Finding noted = new Finding("drop-index-blocks-writes", Level.ERROR, "gone.sql", 1, 1, 1, 5, "m", "h",
                List.of(), Fix.noteOnly("split the statement"));
        Finding gone = new Finding("create-index-blocks-writes", Level.ERROR, "gone.sql", 1, 1, 1, 5, "m", "h",
                List.of(), Fix.of(new Fix.Edit(0, 3, "x")));
        JsonNode root = parse(Results.render(new JsonReport("1", dir),
                new CheckResult(List.of(fixed, noted, gone), List.of(), List.of(), List.of(), false)));

        JsonNode fix = root.at("/findings/0/fix");
        assertEquals(List.of("note", "edits"), fieldNames(fix));
        assertEquals("then run it alone", fix.get("note").asText());
        JsonNode edit = fix.at("/edits/0");
        assertEquals(List.of("startOffset", "endOffset", "startLine", "startColumn", "endLine", "endColumn",
                "replacement"), fieldNames(edit));
        assertEquals(17, edit.get("startOffset").asInt()); // counted after the byte order mark
        assertEquals(2, edit.get("startLine").asInt());
        assertEquals(13, edit.get("startColumn").asInt());
        assertEquals(" CONCURRENTLY", edit.get("replacement").asText());

        assertEquals("split the statement", root.at("/findings/1/fix/note").asText());
        assertEquals(0, root.at("/findings/1/fix/edits").size());
        assertEquals(List.of("startOffset", "endOffset", "replacement"), fieldNames(root.at("/findings/2/fix/edits/0")),
                "a file that cannot be read has offsets only");
        assertTrue(root.at("/findings/0").has("fix"));
    }

    @Test
    void emptyCheckStillHasAllArrays() throws Exception {
        JsonNode root = parse(Results.render(new JsonReport("x", Path.of(".")), Results.of(List.of(), List.of())));
        assertEquals(0, root.get("findings").size());
        assertEquals(0, root.get("files").size());
        assertFalse(root.get("messages").isMissingNode());
    }

    @Test
    void classifyHasTheDocumentedShape() throws Exception {
        JsonNode root = parse(Results.render(new ClassifyJsonReport(), Results.classified(List.of(
                new ClassifiedStatement("db/V1.sql", 4, 1, StatementClass.ADDITIVE, "add column users.email", true),
                new ClassifiedStatement("db/U1.sql", 1, 3, StatementClass.DESTRUCTIVE, "drop column users.email",
                        false)))));
        JsonNode first = root.at("/statements/0");
        assertEquals("db/V1.sql", first.get("path").asText());
        assertEquals(4, first.get("line").asInt());
        assertEquals("additive", first.get("class").asText());
        assertEquals("add column users.email", first.get("summary").asText());
        assertEquals(false, root.at("/statements/1/deploy").asBoolean());
        assertEquals("a message", root.at("/messages/0").asText());
    }
}
