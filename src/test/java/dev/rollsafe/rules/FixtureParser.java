package dev.rollsafe.rules;

import dev.rollsafe.model.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the markers of a fixture file. It finds statement starts with a small lexer of its own
 * (comments, quoted strings and identifiers, PostgreSQL dollar quotes, {@code ;}) so that the harness
 * does not depend on the parser it tests. Malformed markers are errors, never silently ignored.
 */
final class FixtureParser {

    private final String text;
    private int pos;
    private int line = 1;
    private boolean inStatement;
    private boolean seenStatement;
    private Dialect dialect = Dialect.POSTGRESQL;
    private String version;
    private final List<Fixture.Expectation> pending = new ArrayList<>();
    private final List<Fixture.Expectation> expectations = new ArrayList<>();
    private final List<Integer> statementLines = new ArrayList<>();

    private FixtureParser(String text) {
        this.text = text.replace("\r\n", "\n");
    }

    static Fixture parse(String text) {
        return new FixtureParser(text).run();
    }

    private Fixture run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("--", pos) || (c == '#' && dialect.isMySqlFamily())) {
                lineComment();
            } else if (text.startsWith("/*", pos)) {
                skipUntil("*/", 2);
            } else {
                startStatementHere();
                if (c == ';') {
                    inStatement = false;
                    pos++;
                } else if (c == '\'' || c == '"' || c == '`') {
                    quoted(c);
                } else if (c == '$' && dialect == Dialect.POSTGRESQL && dollarQuote()) {
                    // consumed
                } else {
                    pos++;
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException("marker without a statement after it: " + pending.get(0));
        }
        return new Fixture(dialect, version, expectations, statementLines);
    }

    private void startStatementHere() {
        if (inStatement || text.charAt(pos) == ';') {
            return;
        }
        inStatement = true;
        seenStatement = true;
        statementLines.add(line);
        for (Fixture.Expectation e : pending) {
            expectations.add(new Fixture.Expectation(e.ruleId(), e.messagePart(), line, e.markerLine()));
        }
        pending.clear();
    }

    private void lineComment() {
        int end = text.indexOf('\n', pos);
        if (end < 0) {
            end = text.length();
        }
        String body = text.substring(pos, end);
        body = body.startsWith("--") ? body.substring(2).strip() : body.substring(1).strip();
        marker(body);
        pos = end;
    }

    private void marker(String body) {
        if (body.startsWith("expect:")) {
            if (inStatement) {
                throw new IllegalArgumentException("line " + line + ": an expect marker inside a statement;"
                        + " put it on the line(s) before the statement");
            }
            String rest = body.substring("expect:".length()).strip();
            int colon = rest.indexOf(':');
            String ruleId = (colon < 0 ? rest : rest.substring(0, colon)).strip();
            String part = colon < 0 ? null : rest.substring(colon + 1).strip();
            if (!ruleId.matches("[a-z0-9]+(-[a-z0-9]+)*") || (part != null && part.isEmpty())) {
                throw new IllegalArgumentException("line " + line + ": bad marker '" + body
                        + "'; write '-- expect: <rule-id>' or '-- expect: <rule-id>: <message part>'");
            }
            pending.add(new Fixture.Expectation(ruleId, part, 0, line));
        } else if (body.startsWith("config:")) {
            if (seenStatement || !expectations.isEmpty() || !pending.isEmpty()) {
                throw new IllegalArgumentException("line " + line + ": the config header must come first");
            }
            config(body.substring("config:".length()).strip());
        }
    }

    private void config(String settings) {
        for (String setting : settings.split("\\s+")) {
            if (setting.isEmpty()) {
                continue;
            }
            int eq = setting.indexOf('=');
            String key = eq < 0 ? setting : setting.substring(0, eq);
            String value = eq < 0 ? "" : setting.substring(eq + 1);
            switch (key) {
                case "dialect":
                    dialect = Dialect.parse(value).orElseThrow(() -> new IllegalArgumentException(
                            "line " + line + ": unknown dialect '" + value + "'"));
                    break;
                case "version":
                    if (value.isEmpty()) {
                        throw new IllegalArgumentException("line " + line + ": empty version");
                    }
                    version = value;
                    break;
                default:
                    throw new IllegalArgumentException("line " + line + ": unknown config key '" + key
                            + "' (known: dialect, version)");
            }
        }
    }

    private void quoted(char quote) {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
            }
            if (c == '\\' && quote == '\'' && dialect.isMySqlFamily() && pos + 1 < text.length()) {
                if (text.charAt(pos + 1) == '\n') {
                    line++;
                }
                pos += 2;
                continue;
            }
            pos++;
            if (c == quote) {
                if (pos < text.length() && text.charAt(pos) == quote) {
                    pos++;
                } else {
                    return;
                }
            }
        }
    }

    private boolean dollarQuote() {
        int close = pos + 1;
        while (close < text.length()
                && (Character.isLetterOrDigit(text.charAt(close)) || text.charAt(close) == '_')) {
            close++;
        }
        if (close >= text.length() || text.charAt(close) != '$') {
            return false;
        }
        String tag = text.substring(pos, close + 1);
        pos = close + 1;
        skipUntil(tag, 0);
        return true;
    }

    /** Skips to just after {@code end}, counting lines; {@code open} characters are skipped first. */
    private void skipUntil(String end, int open) {
        int stop = text.indexOf(end, pos + open);
        int to = stop < 0 ? text.length() : stop + end.length();
        for (int i = pos; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        pos = to;
    }
}
