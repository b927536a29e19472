package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the engine on every deployment fixture case ({@code testdata/rules/<rule-id>/<case>/}, see
 * {@link DeployFixture}) as {@code check <case>} from inside the case folder, and checks its findings against the
 * markers of its files, both ways.
 */
class DeployFixturesTest {

    static Stream<Named<Path>> cases() {
        return RepoFiles.list(RepoFiles.fixtures()).stream()
                .flatMap(dir -> RepoFiles.deployCases(dir.getFileName().toString()).stream())
                .map(c -> Named.of(c.getParent().getFileName() + "/" + c.getFileName(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsMatchMarkers(Path dir) {
        String rule = dir.getParent().getFileName().toString();
        DeployFixture fixture = DeployFixture.read(dir);
        CheckResult result = new Engine().check(new CheckRequest(dir, List.of(dir), null, null, true, null, false));
        assertFalse(result.setupError(), () -> "setup error: " + result.messages());
        List<String> problems = fixture.mismatches(result.findings(), rule);
        if (!problems.isEmpty()) {
            fail(rule + "/" + dir.getFileName() + ":\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void checkWithoutPathsFindsTheDeploymentFiles() {
        Path dir = RepoFiles.fixtures().resolve("migrate-on-app-startup/openshift-template");
        CheckResult result = new Engine().check(new CheckRequest(dir, List.of(), null, null, true, null, false));
        assertEquals(List.of("template.yaml:78: migrate-on-app-startup"), result.findings().stream()
                .map(f -> f.path() + ":" + f.line() + ": " + f.ruleId()).toList());
        assertEquals(List.of(), result.messages().stream().filter(m -> m.contains("no migrations")).toList());
    }

    @Test
    void aBrokenHelmTemplateIsANoteNotACrash() {
        Path chart = RepoFiles.fixtures().resolve("migrate-on-app-startup/helm-chart");
        CheckResult result = new Engine().check(new CheckRequest(chart, List.of(), null, null, true, null, false));
        assertEquals(List.of("templates/configmap.yaml: skipped: not YAML once its {{ }} template actions are set "
                        + "aside (mapping values are not allowed here)"),
                result.messages().stream().filter(m -> m.contains("configmap")).toList());
    }

    @Test
    void markersAttachToTheNextLineAndBadOnesAreErrors() {
        List<DeployFixture.Expectation> e = DeployFixture.markers("Dockerfile",
                "FROM x\n# expect: migrate-on-app-startup: CMD\n\nCMD a\n<!-- expect: b-c -->\nx\n");
        assertEquals("Dockerfile:4: migrate-on-app-startup: CMD (marker on line 2)", e.get(0).toString());
        assertEquals(6, e.get(1).line());
        assertThrows(IllegalArgumentException.class, () -> DeployFixture.markers("f", "# expect: Bad Id\nx\n"));
        assertThrows(IllegalArgumentException.class, () -> DeployFixture.markers("f", "x\n# expect: a-b\n"));
    }
}
