package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Keeps the registry, the docs, the fixtures and the rule classes in step: one place cannot forget another. */
class RuleCatalogTest {

    private final RuleRegistry registry = RuleRegistry.standard();

    @TestFactory
    Stream<DynamicTest> everyRuleHasDocAndFixtures() {
        return registry.all().stream().map(rule -> DynamicTest.dynamicTest(rule.info().id(), () -> {
            String id = rule.info().id();
            assertFalse(rule.info().summary().isBlank(), id + ": empty summary");
            assertFalse(rule.info().summary().endsWith("."), id + ": a summary is a fragment without a period");
            assertTrue(Files.isRegularFile(RepoFiles.docs().resolve(id + ".md")), id + ": no rules/" + id + ".md");
            RuleDoc doc = new RuleDocs().find(id).orElseThrow(() -> new AssertionError(
                    id + ": rules/" + id + ".md is not on the classpath"));
            assertFalse(doc.summary().isBlank(), id + ": the doc needs a first paragraph");

            List<Path> files = new java.util.ArrayList<>(RepoFiles.fixtureFiles(id));
            files.addAll(RepoFiles.historyFixtureFiles(id));
            List<Path> cases = RepoFiles.deployCases(id);
            assertFalse(files.isEmpty() && cases.isEmpty(), id + ": no fixtures in testdata/rules/" + id + "/");
            boolean marked = false;
            boolean unmarked = false;
            for (Path c : cases) {
                // a deployment case: markers in its files; a case without one of this rule must pass clean
                boolean any = DeployFixture.read(c).expectations().stream().anyMatch(e -> e.ruleId().equals(id));
                marked |= any;
                unmarked |= !any;
            }
            for (Path file : files) {
                Fixture f = FixtureParser.parse(RepoFiles.read(file));
                marked |= f.expectations().stream().anyMatch(e -> e.ruleId().equals(id));
                unmarked |= f.statementLines().stream().anyMatch(line -> !f.expects(id, line));
            }
            for (Path c : RepoFiles.historyCases(id)) {
                marked |= HistoryFixturesTest.elsewhere(c).stream().anyMatch(e -> e[2].equals(id));
            }
            assertTrue(marked, id + ": no fixture has '-- expect: " + id + "'");
            assertTrue(unmarked, id + ": no fixture statement that must not fire");
        }));
    }

    @Test
    void everyDocBelongsToARule() {
        List<String> orphans = RepoFiles.list(RepoFiles.docs()).stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> !(n.endsWith(".md") && registry.find(n.substring(0, n.length() - 3)).isPresent()))
                .collect(Collectors.toList());
        assertEquals(List.of(), orphans, "files in rules/ without a registered rule");
    }

    @Test
    void everyFixtureFolderBelongsToARule() {
        List<String> orphans = RepoFiles.list(RepoFiles.fixtures()).stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> registry.find(n).isEmpty())
                .collect(Collectors.toList());
        assertEquals(List.of(), orphans, "entries in testdata/rules/ without a registered rule");
    }

    @Test
    void everyRuleClassIsRegistered() throws Exception {
        List<String> missing = new ArrayList<>();
        List<Class<?>> found = ruleClasses();
        for (Class<?> c : found) {
            if (!registry.contains(c)) {
                missing.add(c.getName());
            }
        }
        assertFalse(found.isEmpty(), "found no rule class under target/classes");
        assertEquals(List.of(), missing, "rule classes missing from RuleRegistry.standard()");
    }

    /** Every concrete class under dev.rollsafe.rules (in the compiled main classes) that implements Rule. */
    private static List<Class<?>> ruleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pkg = classes.resolve("dev/rollsafe/rules");
        List<Class<?>> result = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(pkg)) {
            files = s.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
            Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                    Rule.class.getClassLoader());
            if (Rule.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                result.add(c);
            }
        }
        return result;
    }
}
