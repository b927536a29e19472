package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rollsafe.engine.CheckRequest;
import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Release-history fixtures: {@code testdata/rules/<rule-id>/<case>/} holds one folder per release, committed
 * and tagged in name order ({@code 1-v1.0.0/} becomes the tag {@code v1.0.0}), and {@code work/}, the
 * working tree that is checked, committed on top of them without a tag (unreleased work), or with the tag
 * that {@code tag-at-head.txt} names (the release being deployed is that tag). The {@code -- expect:} markers in {@code work/} are matched both
 * ways as in {@link RuleFixturesTest}; {@code expect-elsewhere.txt} lists findings at paths that are not in
 * {@code work/} (a deleted migration), one {@code path:line: rule-id[: message part]} a line.
 */
class HistoryFixturesTest {

    static Stream<Named<Path>> cases() {
        return RepoFiles.list(RepoFiles.fixtures()).stream()
                .flatMap(dir -> RepoFiles.historyCases(dir.getFileName().toString()).stream())
                .map(c -> Named.of(c.getParent().getFileName() + "/" + c.getFileName(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsMatchMarkers(Path fixture, @TempDir Path repo) throws Exception {
        String rule = fixture.getParent().getFileName().toString();
        build(fixture, repo);
        CheckResult result = new Engine().check(new CheckRequest(repo, List.of(), null, null, false, null, false));
        assertFalse(result.setupError(), () -> "setup error: " + result.messages());
        List<String> problems = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        Path work = fixture.resolve("work");
        for (Path file : RepoFiles.historyFixtureFiles(rule)) {
            if (!file.startsWith(work)) {
                continue;
            }
            String rel = work.relativize(file).toString().replace('\\', '/');
            covered.add(rel);
            Fixture f = FixtureParser.parse(RepoFiles.read(file));
            List<Finding> findings = result.findings().stream().filter(x -> x.path().equals(rel)).toList();
            FixtureMatcher.mismatches(f, findings, rule).forEach(m -> problems.add(rel + ": " + m));
        }
        for (String[] e : elsewhere(fixture)) {
            covered.add(e[0]);
            boolean found = result.findings().stream().anyMatch(x -> x.path().equals(e[0])
                    && x.line() == Integer.parseInt(e[1]) && x.ruleId().equals(e[2])
                    && (e[3] == null || x.message().contains(e[3])));
            if (!found) {
                problems.add("expected " + String.join(":", e[0], e[1], e[2]) + " not reported; findings: "
                        + result.findings());
            }
        }
        result.findings().stream().filter(x -> x.ruleId().equals(rule) && !covered.contains(x.path()))
                .forEach(x -> problems.add("unexpected " + x));
        if (!problems.isEmpty()) {
            fail(rule + "/" + fixture.getFileName() + ":\n  " + String.join("\n  ", problems)
                    + "\n  messages: " + result.messages());
        }
    }

    /** Lines of expect-elsewhere.txt as {path, line, rule, part-or-null}. */
    static List<String[]> elsewhere(Path fixture) {
        Path f = fixture.resolve("expect-elsewhere.txt");
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        for (String line : RepoFiles.read(f).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split(":", 4);
            out.add(new String[] {p[0].strip(), p[1].strip(), p[2].strip(), p.length > 3 ? p[3].strip() : null});
        }
        return out;
    }

    private static void build(Path fixture, Path repo) throws Exception {
        List<Path> releases = RepoFiles.list(fixture).stream()
                .filter(p -> Files.isDirectory(p) && !p.getFileName().toString().equals("work"))
                .collect(Collectors.toList());
        long clock = 1_700_000_000L;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            for (Path release : releases) {
                replaceTree(repo, release);
                git.add().addFilepattern(".").call();
                git.add().addFilepattern(".").setUpdate(true).call();
                PersonIdent who = new PersonIdent("fixture", "fixture@example.invalid",
                        Date.from(Instant.ofEpochSecond(clock += 60)), TimeZone.getTimeZone(ZoneOffset.UTC));
                String name = release.getFileName().toString();
                String tag = name.substring(name.indexOf('-') + 1);
                git.commit().setMessage(tag).setAuthor(who).setCommitter(who).setSign(false).call();
                git.tag().setName(tag).setAnnotated(true).setMessage(tag).setSigned(false).call();
            }
            // the work on top of the newest release: committed but not tagged, so every release is one the
            // deploy is measured against (with the release tag at HEAD, that release would be the deploy)
            replaceTree(repo, fixture.resolve("work"));
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent("fixture", "fixture@example.invalid",
                    Date.from(Instant.ofEpochSecond(clock + 60)), TimeZone.getTimeZone(ZoneOffset.UTC));
            git.commit().setMessage("work").setAuthor(who).setCommitter(who).setSign(false).call();
            // tag-at-head.txt: the work is itself a release (CI checking a tag), compared with those before it
            Path tagAtHead = fixture.resolve("tag-at-head.txt");
            if (Files.isRegularFile(tagAtHead)) {
                String tag = Files.readString(tagAtHead, StandardCharsets.UTF_8).strip();
                git.tag().setName(tag).setAnnotated(true).setMessage(tag).setSigned(false).call();
            }
        }
    }

    private static void replaceTree(Path repo, Path from) throws IOException {
        try (Stream<Path> s = Files.list(repo)) {
            for (Path p : s.filter(p -> !p.getFileName().toString().equals(".git")).toList()) {
                deleteTree(p);
            }
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path to = repo.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.writeString(to, Files.readString(p, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

}
