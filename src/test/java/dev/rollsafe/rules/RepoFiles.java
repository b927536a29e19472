package dev.rollsafe.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the rule docs and fixtures live in the checkout. */
final class RepoFiles {

    private RepoFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")));
    }

    static Path fixtures() {
        return root().resolve("testdata/rules");
    }

    static Path docs() {
        return root().resolve("rules");
    }

    /** The entries of a folder, sorted; empty when the folder does not exist. */
    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture files of one rule. */
    static List<Path> fixtureFiles(String ruleId) {
        return list(fixtures().resolve(ruleId)).stream()
                .filter(p -> p.getFileName().toString().endsWith(".sql"))
                .collect(Collectors.toList());
    }

    /**
     * The working-tree files of one rule's release-history fixtures: {@code testdata/rules/<id>/<case>/work/**.sql},
     * where each case folder also holds one folder per release ({@code 1-v1.0.0/}, ...), committed and tagged
     * in name order by {@code HistoryFixturesTest}.
     */
    static List<Path> historyFixtureFiles(String ruleId) {
        List<Path> out = new java.util.ArrayList<>();
        for (Path c : historyCases(ruleId)) {
            try (Stream<Path> s = Files.walk(c.resolve("work"))) {
                s.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The deployment fixture cases of one rule: folders without a {@code work/} folder (see {@link DeployFixture}). */
    static List<Path> deployCases(String ruleId) {
        return list(fixtures().resolve(ruleId)).stream().filter(DeployFixture::isCase).collect(Collectors.toList());
    }

    /** The release-history fixture cases of one rule: folders holding a {@code work/} folder. */
    static List<Path> historyCases(String ruleId) {
        return list(fixtures().resolve(ruleId)).stream()
                .filter(p -> Files.isDirectory(p.resolve("work")))
                .collect(Collectors.toList());
    }

    /** A fixture's text; bytes that are not UTF-8 become U+FFFD (fixtures may hold broken encodings on purpose). */
    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
