package dev.rollsafe.verify;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.parse.RawStatement;
import dev.rollsafe.parse.Splitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule fixture as the server sees it: the {@code dialect=} of its config header ({@code postgresql} when not
 * given), the {@code -- setup:} lines (the schema before the migration, which
 * the fixture cannot create itself or its tables would count as new), the {@code version=} of its config
 * header, its statements in order, the indexes of the statements marked {@code -- claim: not-flagged} (the
 * marker stands on a line of its own before the statement), and those marked {@code -- claim: skip <reason>}.
 */
record SqlFixture(Path file, String dialect, String version, List<String> setup, List<RawStatement> statements,
                  List<Integer> notFlaggedProbes, java.util.Map<Integer, String> skipped) {
    private static final Pattern SETUP = Pattern.compile("(?m)^--\\s*setup:\\s*(.+)$");
    private static final Pattern NOT_FLAGGED = Pattern.compile("(?m)^--\\s*claim:\\s*not-flagged\\s*$");
    /** {@code -- claim: skip <reason>}: the next statement's claim is checked elsewhere or cannot be (the reason says). */
    private static final Pattern SKIP = Pattern.compile("(?m)^--\\s*claim:\\s*skip\\s+(.+)$");
    private static final Pattern VERSION = Pattern.compile("(?m)^--\\s*config:.*\\bversion=(\\S+)");
    private static final Pattern DIALECT = Pattern.compile("(?m)^--\\s*config:.*\\bdialect=(\\S+)");

    SqlFixture {
        setup = List.copyOf(setup);
        statements = List.copyOf(statements);
        notFlaggedProbes = List.copyOf(notFlaggedProbes);
        skipped = java.util.Map.copyOf(skipped);
    }

    static SqlFixture read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> setup = new ArrayList<>();
        Matcher m = SETUP.matcher(text);
        while (m.find()) {
            setup.add(m.group(1).strip());
        }
        Matcher v = VERSION.matcher(text);
        String version = v.find() ? v.group(1) : null;
        Matcher d = DIALECT.matcher(text);
        String dialect = d.find() ? d.group(1).toLowerCase(java.util.Locale.ROOT) : "postgresql";
        List<RawStatement> statements = Splitter.split(text, 0, text.length(), Dialect.POSTGRESQL, null, false)
                .statements();
        List<Integer> probes = new ArrayList<>();
        Matcher n = NOT_FLAGGED.matcher(text);
        while (n.find()) {
            int markerLine = 1 + (int) text.substring(0, n.start()).chars().filter(ch -> ch == '\n').count();
            for (int i = 0; i < statements.size(); i++) {
                if (statements.get(i).span().line() > markerLine) {
                    probes.add(i);
                    break;
                }
            }
        }
        java.util.Map<Integer, String> skipped = new java.util.HashMap<>();
        Matcher k = SKIP.matcher(text);
        while (k.find()) {
            int index = nextStatement(text, statements, k.start());
            if (index >= 0) {
                skipped.put(index, k.group(1).strip());
            }
        }
        return new SqlFixture(file, dialect, version, setup, statements, probes, skipped);
    }

    /** The index of the first statement that starts on a line after the one holding {@code offset}, or -1. */
    private static int nextStatement(String text, List<RawStatement> statements, int offset) {
        int markerLine = 1 + (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).span().line() > markerLine) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the statement that starts on {@code line}, or -1. */
    int statementAt(int line) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).span().line() == line) {
                return i;
            }
        }
        return -1;
    }
}
