package dev.rollsafe.release;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which files may hold code references. Left out by default: test code ({@code src/test/}, {@code src/it/},
 * {@code test/},
 * {@code tests/}, {@code __tests__/}, {@code *_test.go}, {@code test_*.py}, {@code *_test.py},
 * {@code *.test.ts}, {@code *.spec.js}, ...), docs ({@code docs/}, {@code *.md}), vendored and built code
 * ({@code vendor/}, {@code node_modules/}, {@code third_party/}, {@code target/}, {@code build/},
 * {@code dist/}), examples and samples ({@code examples/}, {@code samples/}) and the migrations themselves. {@code rollsafe.yaml} changes that with globs:
 * <pre>
 * references:
 *   include: ["src/test/java/**&#47;LegacyQueries.java"]   # read even though excluded by default
 *   exclude: ["tools/**"]                                   # never read
 * </pre>
 */
public final class ReferencePaths {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("test", "tests", "__tests__", "testdata", "testing",
            "docs", "doc", "vendor", "node_modules", "third_party", "target", "build", "dist", ".git", "fixtures",
            "spec", "e2e", "examples", "example", "samples", "sample");

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final Set<String> migrations;

    public ReferencePaths(List<String> include, List<String> exclude, Set<String> migrations) {
        this.include = matchers(include);
        this.exclude = matchers(exclude);
        this.migrations = Set.copyOf(migrations);
    }

    /** From {@code references: {include, exclude}} of rollsafe.yaml (absent or malformed: defaults). */
    public static ReferencePaths of(Map<String, Object> extra, Set<String> migrations) {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        if (extra != null && extra.get("references") instanceof Map<?, ?> m) {
            strings(m.get("include"), in);
            strings(m.get("exclude"), out);
        }
        return new ReferencePaths(in, out, migrations);
    }

    /** Whether {@code path} (relative to the repository root, with '/') is read for references. */
    public boolean wanted(String path) {
        if (migrations.contains(path) || matches(exclude, path)) {
            return false;
        }
        if (matches(include, path)) {
            return true;
        }
        return !byDefaultSkipped(path);
    }

    static boolean byDefaultSkipped(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (SKIPPED_FOLDERS.contains(parts[i])) {
                return true;
            }
            if (i > 0 && parts[i].equals("it") && parts[i - 1].equals("src")) {
                return true; // src/it/: Maven's integration-test projects (maven-invoker-plugin), test code
            }
        }
        String name = parts[parts.length - 1];
        if (name.endsWith(".sql") || name.endsWith(".sql.postgres")) {
            // migrations of any release (they move between releases), schema dumps and seed data are not code
            for (int i = 0; i < parts.length - 1; i++) {
                if (parts[i].startsWith("migrat") || parts[i].equals("changelog") || parts[i].equals("changelogs")
                        || parts[i].equals("seeds") || parts[i].equals("seed") || parts[i].equals("schema")
                        || parts[i].equals("delta") || parts[i].equals("flyway") || parts[i].equals("liquibase")) {
                    return true;
                }
            }
            if (name.matches("(?i)(v\\d.*__.*|\\d+[_-].*|schema|structure|dump|seed.*|data)\\.sql")) {
                return true;
            }
        }
        return name.endsWith(".md") || name.endsWith("_test.go") || name.startsWith("test_") && name.endsWith(".py")
                || name.endsWith("_test.py") || name.matches(".*\\.(test|spec)\\.[cm]?[jt]sx?$")
                || name.matches(".*(Test|Tests|IT|TestCase)\\.(java|kt)$") || name.endsWith("_spec.rb")
                || name.endsWith("_test.rb") || name.equals("conftest.py");
    }

    private static boolean matches(List<PathMatcher> matchers, String path) {
        Path p = Path.of(path);
        for (PathMatcher m : matchers) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            try {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            } catch (IllegalArgumentException e) {
                // a malformed glob matches nothing
            }
        }
        return out;
    }

    private static void strings(Object o, List<String> out) {
        if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x != null) {
                    out.add(x.toString());
                }
            }
        } else if (o instanceof String s) {
            out.add(s);
        }
    }
}
