package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import dev.rollsafe.engine.FileReport;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the engine on every {@code testdata/rules/<rule-id>/*.sql} and checks its findings against the
 * file's {@code -- expect:} markers, both ways (see {@link FixtureMatcher}).
 */
class RuleFixturesTest {

    static Stream<Named<Path>> fixtures() {
        return RepoFiles.list(RepoFiles.fixtures()).stream()
                .flatMap(dir -> RepoFiles.fixtureFiles(dir.getFileName().toString()).stream())
                .map(f -> Named.of(f.getParent().getFileName() + "/" + f.getFileName(), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsMatchMarkers(Path file) {
        Path dir = file.getParent();
        String rule = dir.getFileName().toString();
        String name = file.getFileName().toString();
        Fixture fixture = FixtureParser.parse(RepoFiles.read(file));

        CheckResult result = new Engine().check(new CheckRequest(dir, List.of(file), fixture.dialect(),
                fixture.version(), true, null, false).withFileContext(false)); // a fixture stands alone

        assertFalse(result.setupError(), () -> "setup error: " + result.messages());
        FileReport report = result.files().stream().filter(f -> f.path().equals(name)).findFirst()
                .orElseGet(() -> fail("the engine did not report on " + name + "; files: " + result.files()
                        + "; messages: " + result.messages()));
        assertTrue(report.statements() > 0 || report.problem() != null,
                () -> "the engine read no statement of " + name + " and gave no reason: " + report);
        List<Finding> findings = result.findings().stream().filter(f -> f.path().equals(name))
                .collect(Collectors.toList());
        List<String> problems = FixtureMatcher.mismatches(fixture, findings, rule);
        if (!problems.isEmpty()) {
            fail(rule + "/" + name + ":\n  " + String.join("\n  ", problems));
        }
    }
}
