package dev.rollsafe.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentFinderTest {

    @Test
    void badFilesAreNotesNotCrashes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "kind: Deployment\nspec: [unclosed\n  - x: {\n");
        Files.writeString(dir.resolve("deep.yaml"), "kind: Job\nspec: " + "[".repeat(200) + "\n");
        Files.write(dir.resolve("Dockerfile"), new byte[] {'C', 'M', 'D', ' ', (byte) 0xE9, '\n'});
        Files.writeString(dir.resolve("Dockerfile.json"), "FROM x\nCMD [\"unclosed\nENTRYPOINT [1, 2]\n");
        Deployment d = DeploymentFinder.find(dir, List.of());
        assertEquals(3, d.notes().size(), d.notes().toString());
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("bad.yaml: skipped: not valid YAML")), d.notes()::toString);
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("Dockerfile: skipped: cannot be read as UTF-8")),
                d.notes()::toString);
    }

    @Test
    void readsTheFinalStageAndSkipsBuildOutput(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM a AS build\nCMD python manage.py migrate\n"
                + "FROM b\nCMD [\"gunicorn\", \"app.wsgi\"]\n");
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/Dockerfile"), "FROM a\nCMD python manage.py migrate\n");
        Deployment d = DeploymentFinder.find(dir, List.of());
        assertEquals(List.of("Dockerfile"), d.files());
        assertEquals(1, d.steps().size());
        assertEquals("gunicorn app.wsgi", d.steps().get(0).command());
        assertEquals(4, d.steps().get(0).line());
    }
}
