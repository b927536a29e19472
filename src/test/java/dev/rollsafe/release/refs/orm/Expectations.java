package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fixture expectations written as comments: {@code // expect: table.column CONFIDENCE} (or {@code #},
 * {@code <!--}, {@code --}) on the lines above the line that must yield the reference; {@code table} alone for
 * a table reference. Matching is two-way: every marked reference must be found and nothing unmarked may be.
 */
final class Expectations {
    private static final Pattern MARK =
            Pattern.compile("(?://|#|<!--|--)\\s*expect:\\s*([^\\s>]+)(?:\\s+(EXACT|LIKELY|WEAK))?");

    private Expectations() {
    }

    static Path fixture(String relative) {
        String root = System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir"));
        return Path.of(root, "testdata", "refs", "orm").resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(fixture(relative));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expected references of a fixture text, as {@code line: table.column CONF} strings, sorted. */
    static TreeSet<String> expected(String text) {
        TreeSet<String> out = new TreeSet<>();
        List<String[]> pending = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARK.matcher(lines[i]);
            if (m.find() && lines[i].strip().matches("^(//|#|<!--|--).*")) {
                pending.add(new String[] {m.group(1), m.group(2)});
                continue;
            }
            for (String[] p : pending) {
                out.add(key(i + 1, p[0], p[1]));
            }
            pending.clear();
        }
        return out;
    }

    /** The found references as the same strings; a mark without a confidence matches any. */
    static TreeSet<String> actual(List<Reference> refs, TreeSet<String> expected) {
        TreeSet<String> out = new TreeSet<>();
        for (Reference r : refs) {
            String name = r.column() == null ? r.table() : r.table() + "." + r.column();
            String bare = key(r.line(), name, null);
            out.add(expected.contains(bare) ? bare : key(r.line(), name, r.confidence().name()));
        }
        return out;
    }

    static void check(String text, List<Reference> refs) {
        TreeSet<String> expected = expected(text);
        assertEquals(String.join("\n", expected), String.join("\n", actual(refs, expected)));
    }

    private static String key(int line, String name, String conf) {
        return String.format("%4d: %s%s", line, name, conf == null ? "" : " " + conf);
    }
}
