package dev.rollsafe.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rollsafe.engine.EngineFuzzAccess;
import dev.rollsafe.model.Change;
import dev.rollsafe.model.Comment;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Span;
import dev.rollsafe.model.Statement;
import dev.rollsafe.parse.LineIndex;
import dev.rollsafe.parse.RawStatement;
import dev.rollsafe.parse.Recognition;
import dev.rollsafe.parse.Recognizer;
import dev.rollsafe.parse.SplitResult;
import dev.rollsafe.parse.Splitter;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.source.Layout;
import dev.rollsafe.source.MigrationFile;
import dev.rollsafe.source.Segment;
import dev.rollsafe.source.SourceFuzzAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes what reads a migration: the splitter, the recognizer, and the whole read of a file (bytes, strict
 * UTF-8 decoding, layout sniffing, segment cutting for every layout, splitting, recognition, statement
 * classes, schema replay and rules). Any exception that escapes, and any broken invariant of the splitter's
 * output, is a finding.
 *
 * <p>Each input is raw bytes: the text is the whole input, and its last three bytes also choose the options
 * (dialect, delimiter, single-statement flag, sub-range, layout), so a plain SQL file is a valid seed and a
 * crash file is a readable SQL file.
 *
 * <p>Without {@code JAZZER_FUZZ} (the normal test suite) every method replays its seeds: the files under
 * {@code ReaderFuzzTestInputs/} (hand-written snippets and minimised crashes), {@code examples/**} and
 * {@code testdata/**} SQL files, and the hand-written statements of {@code testdata/recognizer/statements.tsv};
 * each seed is then run under every dialect and option set, not only the one its tail bytes choose.
 * With {@code JAZZER_FUZZ=1} (see {@code bin/fuzz}) one method is fuzzed.
 *
 * <p>Hangs: {@code @Timeout} bounds each seed in the suite (30 s, which includes Jazzer's one-time agent
 * installation on the first seed); Jazzer passes it on to libFuzzer as the per-input {@code -timeout} when
 * fuzzing, where {@code bin/fuzz} lowers it to 10 s and turns JUnit's own timeout off (JUnit would otherwise
 * apply it to the whole fuzzing run, which is one invocation).
 */
class ReaderFuzzTest {

    private static final boolean FUZZING = isSet(System.getenv("JAZZER_FUZZ"))
            || isSet(System.getProperty("JAZZER_FUZZ"));

    private static final Dialect[] DIALECTS = Dialect.values();
    /** null: the default ';'; "CUSTOM": the first chars of the text itself. */
    private static final String[] DELIMITERS = {null, ";", "$$", "//", "\n", " ", "GO", "CUSTOM"};
    /** null: the layout the text declares (Liquibase, goose, dbmate), else plain. */
    private static final Layout[] LAYOUTS = {null, Layout.PLAIN, Layout.GOOSE, Layout.DBMATE, Layout.LIQUIBASE,
            Layout.ATLAS, Layout.GOLANG_MIGRATE, Layout.FLYWAY};
    private static final Boolean[] TRANSACTIONAL = {null, Boolean.TRUE, Boolean.FALSE};
    private static final String[] DB_VERSIONS = {null, "9.6", "11", "16", "5.7", "8.0.32", "10.11"};

    /** One recognizer per dialect: a recognizer is thread-safe and holds no per-statement state. */
    private static final Map<Dialect, Recognizer> RECOGNIZERS = new EnumMap<>(Dialect.class);

    static {
        for (Dialect d : DIALECTS) {
            RECOGNIZERS.put(d, new Recognizer(d));
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // The fuzz targets

    /** (a) and (b): the splitter on a random range with random options, then the recognizer on each statement. */
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @MethodSource("ownFiles")
    @FuzzTest(maxDuration = "5m")
    void splitter(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        LineRef ref = new LineRef(text);
        Options o = Options.of(data);
        split(text, ref, o.dialect(), o.start(text), o.end(text), o.delimiter(text), o.single(), true);
        if (!FUZZING) {
            for (Dialect d : DIALECTS) {
                for (String delimiter : DELIMITERS) {
                    String dl = "CUSTOM".equals(delimiter) ? custom(text) : delimiter;
                    split(text, ref, d, 0, text.length(), dl, false, delimiter == null);
                    split(text, ref, d, 0, text.length(), dl, true, false);
                }
            }
        }
    }

    /** (b): the recognizer on the whole input as one statement. */
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @MethodSource("ownStatements")
    @FuzzTest(maxDuration = "5m")
    void recognizer(byte[] data) {
        String sql = new String(data, StandardCharsets.UTF_8);
        if (FUZZING) {
            recognize(sql, Options.of(data).dialect());
        } else {
            for (Dialect d : DIALECTS) {
                recognize(sql, d);
            }
        }
    }

    /** (c): the whole read of one file, from its bytes to statement classes, the schema replay and the rules. */
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @MethodSource("ownFiles")
    @FuzzTest(maxDuration = "5m")
    void fileRead(byte[] data) {
        SourceFuzzAccess.Decoded decoded = SourceFuzzAccess.decode(data);
        if (decoded.text() == null) {
            assertNotNull(decoded.problem(), "an unreadable file has a problem");
            assertFalse(decoded.problem().isBlank(), "an unreadable file's problem is not blank");
            assertFalse(decoded.problem().contains("\n"), "a problem is one line");
            return;
        }
        assertNull(decoded.problem(), "a readable file has no problem");
        String text = decoded.text();
        Options o = Options.of(data);
        Layout declared = SourceFuzzAccess.directiveLayout(text);
        SourceFuzzAccess.sniff(text);
        LineRef ref = new LineRef(text);
        readFile(text, ref, o.layout(declared), o.dialect(), o.deploy(), o.transactional(), o.dbVersion());
        if (!FUZZING) {
            for (Layout l : LAYOUTS) {
                readFile(text, ref, l == null ? (declared == null ? Layout.PLAIN : declared) : l, o.dialect(),
                        true, null, null);
            }
            for (Dialect d : DIALECTS) {
                readFile(text, ref, declared == null ? Layout.PLAIN : declared, d, true, null, null);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Drivers and invariants

    private static void split(String text, LineRef ref, Dialect dialect, int start, int end, String delimiter,
                              boolean single, boolean recognize) {
        String what = dialect + " [" + start + "," + end + ") delimiter " + show(delimiter)
                + (single ? " single" : "");
        SplitResult r = new Splitter(text, new LineIndex(text), dialect).split(start, end, delimiter, single);
        assertNotNull(r.delimiterAtEnd(), what + ": delimiter at end");
        assertFalse(r.delimiterAtEnd().isEmpty(), what + ": delimiter at end is empty");
        checkStatements(text, ref, r.statements(), start, end, what);
        if (single) {
            assertTrue(r.statements().size() <= 1, what + ": single-statement mode cut "
                    + r.statements().size() + " statements");
        }
        boolean plain = (delimiter == null || delimiter.equals(";")) && !single && r.delimiterAtEnd().equals(";");
        if (plain && !containsIgnoreCase(text, "delimiter")) {
            for (RawStatement s : r.statements()) {
                if (s.problem() == null) {
                    checkStable(s, dialect, what);
                }
            }
        }
        if (recognize) {
            for (RawStatement s : r.statements()) {
                recognize(s.sql(), dialect);
            }
        }
    }

    /** The splitter's promises on the statements it cut from {@code [start, end)} of {@code text}. */
    private static void checkStatements(String text, LineRef ref, List<RawStatement> statements, int start,
                                        int end, String what) {
        int prevEnd = start;
        int prevCommentEnd = start;
        for (int k = 0; k < statements.size(); k++) {
            RawStatement s = statements.get(k);
            String at = what + ": statement " + (k + 1);
            Span span = s.span();
            assertTrue(span.start() >= prevEnd, at + " starts at " + span.start() + ", before the previous end "
                    + prevEnd);
            assertTrue(span.end() > span.start(), at + " is empty");
            assertTrue(span.end() <= end, at + " ends at " + span.end() + ", after the range end " + end);
            assertEquals(text.substring(span.start(), span.end()), s.text(), at + ": text is not the span's text");
            assertEquals(s.text().length(), s.sql().length(), at + ": sql and text lengths differ");
            assertFalse(isSpace(s.text().charAt(0)), at + " starts with white space");
            ref.check(span, at);
            checkCleaned(s, at);
            for (Comment c : s.comments()) {
                Span cs = c.span();
                String cat = at + ", comment at " + cs.start();
                assertTrue(cs.start() >= prevCommentEnd, cat + " overlaps or precedes the previous comment");
                assertTrue(cs.start() >= prevEnd, cat + " lies in the previous statement");
                assertTrue(cs.end() <= end, cat + " ends after the range");
                assertEquals(text.substring(cs.start(), cs.end()), c.text(), cat + ": text is not the span's text");
                ref.check(cs, cat);
                assertNotNull(c.body(), cat);
                prevCommentEnd = cs.end();
            }
            prevEnd = span.end();
        }
    }

    /**
     * A statement cut with ';' and without a lexical problem is cut the same on its own: one statement, the
     * same text and sql. Else the statement's boundaries depended on text outside it.
     */
    private static void checkStable(RawStatement s, Dialect dialect, String what) {
        String t = s.text();
        if (dialect.isMySqlFamily() && t.endsWith("--")) {
            // Known, reported, left as is: MySQL's "--" is a comment only before white space, a control char or
            // the end, so "SELECT 1--;" cuts as "SELECT 1--" in a file but as "SELECT 1" on its own.
            return;
        }
        List<RawStatement> again = Splitter.split(t, 0, t.length(), dialect, null, false).statements();
        String at = what + ": statement " + abbreviate(t) + " cut on its own";
        assertEquals(1, again.size(), at + " gives " + again.size() + " statements");
        assertEquals(t, again.get(0).text(), at + " gives another text");
        assertEquals(s.sql(), again.get(0).sql(), at + " gives another sql");
    }

    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code sql} is {@code text} with comments blanked (line breaks kept) and placeholders replaced. */
    private static void checkCleaned(RawStatement s, String at) {
        String text = s.text();
        String sql = s.sql();
        for (int i = 0; i < text.length(); i++) {
            char t = text.charAt(i);
            char q = sql.charAt(i);
            if (t == q) {
                continue;
            }
            if (q != ' ' && q != 'x' && q != '_') {
                fail(at + ": sql differs from text at " + i + " with '" + q + "', not a blank or a placeholder");
            }
            if (q == ' ' && (t == '\n' || t == '\r')) {
                fail(at + ": a blanked comment lost its line break at " + i);
            }
        }
    }

    private static Recognition recognize(String sql, Dialect dialect) {
        Recognition r = RECOGNIZERS.get(dialect).recognize(sql);
        String at = dialect + " recognition of " + abbreviate(sql);
        assertNotNull(r, at);
        assertNotNull(r.changes(), at);
        if (r.understood()) {
            assertNull(r.problem(), at + ": understood with a problem");
        } else {
            assertNotNull(r.problem(), at + ": not understood without a problem");
            assertFalse(r.problem().isBlank(), at + ": not understood with a blank problem");
            // the recognizer never throws because it turns an escaping exception into a problem: that is a bug
            assertFalse(masked(r.problem()), at + ": " + r.problem());
        }
        for (Change c : r.changes()) {
            assertNotNull(c, at + ": null change");
            assertNotNull(c.statementClass(), at + ": change without a class");
            assertNotNull(c.summary(), at + ": change without a summary");
        }
        Span span = new Span(0, sql.length(), 1, 1, 1, 1);
        Statement st = new Statement(sql, span, List.of(), r.changes(), r.understood(), r.problem(), true);
        assertNotNull(st.statementClass(), at);
        assertNotNull(st.summary(), at);
        return r;
    }

    /** A problem that stands for an exception the recognizer caught from its own code. */
    private static boolean masked(String problem) {
        return problem.startsWith("recognizer failed") || problem.startsWith("fallback recognizer failed");
    }

    private static void readFile(String text, LineRef ref, Layout layout, Dialect dialect, boolean deploy,
                                 Boolean transactional, String dbVersion) {
        String what = layout + "/" + dialect + (deploy ? "" : " undeployed") + " tx " + transactional;
        List<Segment> segments = SourceFuzzAccess.cut(layout, text, deploy, transactional, dialect);
        assertNotNull(segments, what);
        int prevEnd = 0;
        for (Segment s : segments) {
            assertTrue(s.start() >= prevEnd, what + ": segment " + s + " overlaps or precedes the previous one");
            assertTrue(s.end() <= text.length(), what + ": segment " + s + " ends after the text");
            if (s.delimiter() != null) {
                assertFalse(s.delimiter().isEmpty(), what + ": empty segment delimiter");
            }
            prevEnd = s.end();
        }
        MigrationFile file = SourceFuzzAccess.file(layout, text, deploy, segments);
        EngineFuzzAccess.Checked checked = EngineFuzzAccess.check(file, dialect, dbVersion);
        int prevStatementEnd = 0;
        for (int k = 0; k < checked.statements().size(); k++) {
            Statement st = checked.statements().get(k);
            String at = what + ": statement " + (k + 1);
            Span span = st.span();
            assertTrue(span.start() >= prevStatementEnd, at + " overlaps or precedes the previous one");
            assertTrue(span.end() <= text.length(), at + " ends after the text");
            assertEquals(text.substring(span.start(), span.end()), st.text(), at + ": text is not the span's text");
            ref.check(span, at);
            assertNotNull(st.statementClass(), at + ": no class");
            assertNotNull(st.summary(), at + ": no summary");
            if (!st.understood()) {
                assertNotNull(st.problem(), at + ": not understood without a problem");
                assertFalse(masked(st.problem()), at + ": " + st.problem());
            }
            if (!deploy) {
                assertFalse(st.deploy(), at + ": a statement of an undeployed file deploys");
            }
            prevStatementEnd = span.end();
        }
        for (Finding f : checked.findings()) {
            String at = what + ": finding " + f.ruleId();
            assertNotNull(f.ruleId(), at);
            assertNotNull(f.message(), at);
            assertTrue(f.line() >= 1 && f.line() <= ref.lines(), at + " on line " + f.line() + " of " + ref.lines());
            assertTrue(f.column() >= 1, at + " in column " + f.column());
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Options from the input's tail

    /** The options an input's last three bytes choose. */
    private record Options(int b0, int b1, int b2) {
        static Options of(byte[] data) {
            int n = data.length;
            return new Options(n > 0 ? data[n - 1] & 0xff : 0, n > 1 ? data[n - 2] & 0xff : 0,
                    n > 2 ? data[n - 3] & 0xff : 0);
        }

        Dialect dialect() {
            return DIALECTS[b0 % DIALECTS.length];
        }

        boolean single() {
            return (b0 / 3) % 2 == 1;
        }

        String delimiter(String text) {
            String d = DELIMITERS[(b0 / 6) % DELIMITERS.length];
            return "CUSTOM".equals(d) ? custom(text, 1 + b2 % 3) : d;
        }

        /** Mostly the whole text; else a sub-range (segments cut the text at arbitrary points too). */
        int start(String text) {
            return (b2 & 1) == 0 ? 0 : (int) ((long) text.length() * b1 / 256);
        }

        int end(String text) {
            if ((b2 & 1) == 0) {
                return text.length();
            }
            int s = start(text);
            return s + (int) ((long) (text.length() - s) * ((b2 >> 1) + 1) / 128);
        }

        Layout layout(Layout declared) {
            Layout l = LAYOUTS[b1 % LAYOUTS.length];
            return l != null ? l : declared != null ? declared : Layout.PLAIN;
        }

        boolean deploy() {
            return (b2 & 1) == 0;
        }

        Boolean transactional() {
            return TRANSACTIONAL[(b2 >> 1) % TRANSACTIONAL.length];
        }

        String dbVersion() {
            return DB_VERSIONS[(b2 >> 3) % DB_VERSIONS.length];
        }
    }

    private static String custom(String text) {
        return custom(text, 2);
    }

    /** A delimiter taken from the text itself, so it occurs in it. */
    private static String custom(String text, int length) {
        String t = text.strip();
        return t.isEmpty() ? null : t.substring(0, Math.min(length, t.length()));
    }

    // ---------------------------------------------------------------------------------------------------
    // Lines and columns, computed independently of LineIndex

    /** 1-based line and column (UTF-16 units) of every offset; lines end at LF, CRLF or a lone CR. */
    private static final class LineRef {
        private final int[] line;
        private final int[] column;

        LineRef(String text) {
            int n = text.length();
            line = new int[n + 1];
            column = new int[n + 1];
            int l = 1;
            int c = 1;
            for (int i = 0; i <= n; i++) {
                line[i] = l;
                column[i] = c;
                if (i == n) {
                    break;
                }
                char ch = text.charAt(i);
                if (ch == '\n' || (ch == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                    l++;
                    c = 1;
                } else {
                    c++;
                }
            }
        }

        int lines() {
            return line[line.length - 1];
        }

        void check(Span s, String at) {
            String where = at + " " + s;
            assertEquals(line[s.start()], s.line(), where + ": line");
            assertEquals(column[s.start()], s.column(), where + ": column");
            if (s.end() > s.start()) {
                assertEquals(line[s.end() - 1], s.endLine(), where + ": end line");
                assertEquals(column[s.end() - 1] + 1, s.endColumn(), where + ": end column");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Seeds from the repository (read in place: examples/, testdata/ and the hand-written statements)

    static Stream<Arguments> ownFiles() throws IOException {
        Path root = repoRoot();
        List<Arguments> out = new ArrayList<>();
        for (String dir : List.of("examples", "testdata")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(d)) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().contains(".sql"))
                        .sorted().toList()) {
                    out.add(Arguments.of(Named.of(root.relativize(f).toString(), Files.readAllBytes(f))));
                }
            }
        }
        return out.stream();
    }

    static Stream<Arguments> ownStatements() throws IOException {
        Path tsv = repoRoot().resolve("testdata/recognizer/statements.tsv");
        List<Arguments> out = new ArrayList<>();
        if (!Files.isRegularFile(tsv)) {
            return out.stream();
        }
        int n = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            n++;
            String[] cols = line.split("\t");
            if (line.startsWith("#") || cols.length < 2) {
                continue;
            }
            String sql = cols[1].replace("\\n", "\n");
            out.add(Arguments.of(Named.of("statements.tsv:" + n, sql.getBytes(StandardCharsets.UTF_8))));
        }
        return out.stream();
    }

    private static Path repoRoot() {
        return Path.of(System.getProperty("rollsafe.repoRoot", System.getProperty("user.dir")))
                .toAbsolutePath().normalize();
    }

    // ---------------------------------------------------------------------------------------------------

    /** White space as the splitter skips it between tokens. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B' || c == '\uFEFF'
                || (c > 127 && Character.isWhitespace(c));
    }

    /** As Jazzer reads JAZZER_FUZZ: "true", "1" or "yes". */
    private static boolean isSet(String v) {
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
    }

    private static String show(String s) {
        return s == null ? "null" : "\"" + s.replace("\n", "\\n") + "\"";
    }

    private static String abbreviate(String s) {
        String t = s.replace("\n", "\\n");
        return "\"" + (t.length() > 120 ? t.substring(0, 120) + "..." : t) + "\"";
    }
}
