package dev.rollsafe.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A deployment fixture: a folder {@code testdata/rules/<id>/<case>/} of deployment files (Dockerfiles, scripts,
 * Procfiles, manifests, Helm charts, Spring Boot builds and configuration). An expectation is a comment line
 * {@code # expect: <rule-id>[: <message part>]} (also {@code // expect:} and {@code <!-- expect: ... -->}); it
 * belongs to the next line that is neither blank nor another marker.
 *
 * @param expectations every marker of every file of the case, with the file's path relative to the case folder
 */
record DeployFixture(Path dir, List<Expectation> expectations) {
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:#|//|<!--)\\s*expect:\\s*([^:]+?)\\s*(?::\\s*(.*?))?\\s*(?:-->)?\\s*$");

    record Expectation(String path, int line, String ruleId, String messagePart, int markerLine) {
        boolean matches(Finding f) {
            return f.path().equals(path) && f.line() == line && f.ruleId().equals(ruleId)
                    && (messagePart == null || f.message().contains(messagePart));
        }

        @Override
        public String toString() {
            return path + ":" + line + ": " + ruleId + (messagePart == null ? "" : ": " + messagePart)
                    + " (marker on line " + markerLine + ")";
        }
    }

    /** Whether a folder under a rule's fixtures is a deployment case (a history case has a {@code work/} folder). */
    static boolean isCase(Path dir) {
        return Files.isDirectory(dir) && !Files.isDirectory(dir.resolve("work"));
    }

    static DeployFixture read(Path dir) {
        List<Expectation> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                out.addAll(markers(rel, RepoFiles.read(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DeployFixture(dir, out);
    }

    static List<Expectation> markers(String path, String text) {
        List<Expectation> out = new ArrayList<>();
        List<String[]> pending = new ArrayList<>();
        List<Integer> pendingLines = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.matches()) {
                String id = m.group(1).strip();
                if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || (m.group(2) != null && m.group(2).isBlank())) {
                    throw new IllegalArgumentException(path + ":" + (i + 1) + ": bad marker '" + lines[i].strip()
                            + "'; write '# expect: <rule-id>' or '# expect: <rule-id>: <message part>'");
                }
                pending.add(new String[] {id, m.group(2)});
                pendingLines.add(i + 1);
            } else if (!lines[i].isBlank() && !pending.isEmpty()) {
                for (int k = 0; k < pending.size(); k++) {
                    out.add(new Expectation(path, i + 1, pending.get(k)[0], pending.get(k)[1], pendingLines.get(k)));
                }
                pending.clear();
                pendingLines.clear();
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException(path + ":" + pendingLines.get(0) + ": a marker with no line after it");
        }
        return out;
    }

    /** The mismatches with the findings (paths relative to the case folder), both ways, for the folder's rule. */
    List<String> mismatches(List<Finding> findings, String folderRule) {
        List<Finding> unused = new ArrayList<>(findings);
        List<String> problems = new ArrayList<>();
        for (Expectation e : expectations) {
            Finding hit = unused.stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) {
                StringBuilder near = new StringBuilder();
                findings.stream().filter(f -> f.ruleId().equals(e.ruleId()) && f.path().equals(e.path())
                        && f.line() == e.line()).forEach(f -> near.append("; on that line it said: ").append(f.message()));
                problems.add("expected but missing: " + e + near);
            } else {
                unused.remove(hit);
            }
        }
        for (Finding f : unused) {
            if (f.ruleId().equals(folderRule)) {
                problems.add("unexpected: " + f.path() + ":" + f.line() + ": " + f.ruleId() + ": " + f.message());
            }
        }
        return problems;
    }
}
