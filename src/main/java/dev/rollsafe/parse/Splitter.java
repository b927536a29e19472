package dev.rollsafe.parse;

import dev.rollsafe.model.Comment;
import dev.rollsafe.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a migration's text into statements with exact positions. Its own lexer, because statement
 * boundaries depend on lexical detail that a grammar-based parser gets wrong on real files:
 * PostgreSQL dollar quotes and nested comments, E'' strings; MySQL {@code #} and {@code -- } comments,
 * backslash escapes, backticks, {@code DELIMITER} commands and executable comments; procedure bodies
 * with {@code BEGIN ... END} (MySQL) or {@code BEGIN ATOMIC} (PostgreSQL); non-SQL placeholders.
 * The work is linear in the text's length: every character is looked at a bounded number of times.
 */
public final class Splitter {
    static final int HEAD_WORDS = 8;

    private final String text;
    private final LineIndex lines;
    private final boolean mysql;

    public Splitter(String text, LineIndex lines, Dialect dialect) {
        this.text = text;
        this.lines = lines;
        this.mysql = dialect.isMySqlFamily();
    }

    /** Convenience for one-off use: splits {@code [start, end)} of {@code text}. */
    public static SplitResult split(String text, int start, int end, Dialect dialect, String delimiter,
                                    boolean singleStatement) {
        return new Splitter(text, new LineIndex(text), dialect).split(start, end, delimiter, singleStatement);
    }

    /**
     * Splits {@code [start, end)}. {@code delimiter} null means {@code ;}. With {@code singleStatement}
     * the whole range is one statement (a trailing delimiter is left out of it).
     */
    public SplitResult split(int start, int end, String delimiter, boolean singleStatement) {
        return new Run(start, end, delimiter == null || delimiter.isEmpty() ? ";" : delimiter, singleStatement).go();
    }

    /** The state of one split over one range. */
    private final class Run {
        private final int end;
        private final boolean single;
        private String delimiter;
        private int pos;
        private final List<RawStatement> out = new ArrayList<>();

        // the statement being built
        private int first = -1;
        private int last = -1;
        private int lastBeforeDelimiter = -1;
        private final List<Comment> comments = new ArrayList<>();
        private final List<int[]> blanks = new ArrayList<>();
        private final List<int[]> placeholders = new ArrayList<>();
        private final List<String> head = new ArrayList<>();
        private String problem;
        private boolean compoundHead;
        private int depth;
        private boolean execComment;
        private boolean afterEnd;

        Run(int start, int end, String delimiter, boolean single) {
            this.pos = start;
            this.end = Math.min(end, text.length());
            this.delimiter = delimiter;
            this.single = single;
        }

        SplitResult go() {
            boolean spaceDelimiter = isSpace(delimiter.charAt(0));
            while (true) {
                while (pos < end && isSpace(text.charAt(pos))
                        && !(spaceDelimiter && depth == 0 && text.startsWith(delimiter, pos))) {
                    pos++;
                }
                if (pos >= end) {
                    break;
                }
                if (text.startsWith(delimiter, pos) && depth == 0) {
                    if (single) {
                        pos += delimiter.length();
                        if (first >= 0) { // a delimiter before the first token is not part of the statement
                            if (lastBeforeDelimiter < 0) {
                                lastBeforeDelimiter = last; // a run of delimiters: cut before its first
                            }
                            markToken(pos - delimiter.length(), pos, true);
                        }
                        continue;
                    }
                    pos += delimiter.length();
                    finish();
                    continue;
                }
                if (mysql && !single && first < 0 && isDelimiterCommand()) {
                    continue;
                }
                lexToken();
            }
            finish();
            return new SplitResult(out, delimiter);
        }

        /** MySQL client's DELIMITER command: a line of its own, not sent to the server. */
        private boolean isDelimiterCommand() {
            if (!text.regionMatches(true, pos, "DELIMITER", 0, 9)) {
                return false;
            }
            int after = pos + 9;
            if (after < end && !isSpace(text.charAt(after))) {
                return false;
            }
            int eol = lineEnd(after);
            String d = text.substring(after, eol).strip();
            if (!d.isEmpty()) {
                delimiter = d;
            }
            comments.add(new Comment(text.substring(pos, eol), lines.span(pos, eol), false));
            pos = eol;
            return true;
        }

        private void lexToken() {
            int s = pos;
            char c = text.charAt(pos);
            char n = pos + 1 < end ? text.charAt(pos + 1) : 0;
            if (c == '-' && n == '-' && (!mysql || pos + 2 >= end || isSpaceOrControl(text.charAt(pos + 2)))) {
                pos = lineEnd(pos);
                comment(s, false);
            } else if (c == '#' && mysql) {
                pos = lineEnd(pos);
                comment(s, false);
            } else if (c == '/' && n == '*') {
                if (mysql && (pos + 2 < end && text.charAt(pos + 2) == '!'
                        || text.startsWith("/*M!", pos))) {
                    pos += text.charAt(pos + 2) == '!' ? 3 : 4;
                    while (pos < end && Character.isDigit(text.charAt(pos))) {
                        pos++;
                    }
                    execComment = true;
                    markToken(s, pos, false);
                    blanks.add(new int[] {s, pos});
                } else {
                    blockComment(s);
                }
            } else if (c == '*' && n == '/' && execComment) {
                pos += 2;
                execComment = false;
                markToken(s, pos, false);
                blanks.add(new int[] {s, pos});
            } else if (c == '\'') {
                quoted(s, '\'', mysql, "string literal");
            } else if (c == '"') {
                quoted(s, '"', mysql, mysql ? "string literal" : "quoted identifier");
            } else if (c == '`' && mysql) {
                quoted(s, '`', false, "quoted identifier");
            } else if (c == '$' && dollar(s)) {
                // dollar quote or placeholder consumed
            } else if (c == '{' && n == '{' && placeholder(s, "}}", false)) {
                // Go template action consumed
            } else if (isWordStart(c)) {
                word(s);
            } else if (Character.isDigit(c)) {
                while (pos < end && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                markToken(s, pos, false);
            } else {
                pos++;
                markToken(s, pos, false);
            }
        }

        private void word(int s) {
            boolean custom = !";".equals(delimiter);
            while (pos < end && isWordPart(text.charAt(pos))) {
                if (custom && pos > s && text.startsWith(delimiter, pos)) {
                    break; // the mysql client finds its delimiter anywhere outside quotes: END$$
                }
                pos++;
            }
            // E'...' (PostgreSQL escape string): backslash escapes apply
            if (!mysql && pos - s == 1 && (text.charAt(s) == 'E' || text.charAt(s) == 'e')
                    && pos < end && text.charAt(pos) == '\'') {
                quoted(s, pos, '\'', true, "string literal");
                return;
            }
            markToken(s, pos, false);
            onWord(s, pos);
        }

        private void onWord(int s, int e) {
            if (head.size() < HEAD_WORDS) {
                head.add(text.substring(s, e).toUpperCase(Locale.ROOT));
                if (head.size() == 2) {
                    // MariaDB anonymous compound statement: BEGIN NOT ATOMIC ... END
                    if (mysql && head.get(0).equals("BEGIN") && head.get(1).equals("NOT")) {
                        compoundHead = true;
                        depth = 1;
                    }
                }
                if (!compoundHead && head.get(0).equals("CREATE")) {
                    String w = head.get(head.size() - 1);
                    if (w.equals("PROCEDURE") || w.equals("FUNCTION")
                            || (mysql && (w.equals("TRIGGER") || w.equals("EVENT")))) {
                        compoundHead = true;
                    }
                }
            }
            // Procedure bodies are tracked only with the default delimiter: with a custom one (MySQL
            // DELIMITER, Liquibase endDelimiter) the author has already said where the statement ends.
            if (!compoundHead || single || !";".equals(delimiter)) {
                return;
            }
            int len = e - s;
            if (len == 5 && text.regionMatches(true, s, "BEGIN", 0, 5)) {
                if (mysql || "ATOMIC".equals(peekWord(e))) {
                    depth++;
                }
            } else if (depth > 0 && len == 4 && text.regionMatches(true, s, "CASE", 0, 4)) {
                if (afterEnd) {
                    afterEnd = false; // the CASE of END CASE closes, it does not open
                } else {
                    depth++;
                }
            } else if (depth > 0 && len == 3 && text.regionMatches(true, s, "END", 0, 3)) {
                String next = peekWord(e);
                afterEnd = "CASE".equals(next);
                if (next == null || !(next.equals("IF") || next.equals("LOOP") || next.equals("WHILE")
                        || next.equals("REPEAT") || next.equals("FOR"))) {
                    depth--;
                }
            }
        }

        /** The next word after {@code from} on the same statement, upper case, or null. */
        private String peekWord(int from) {
            int i = from;
            while (i < end && isSpace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && isWordPart(text.charAt(i))) {
                i++;
            }
            return i > s ? text.substring(s, i).toUpperCase(Locale.ROOT) : null;
        }

        private void blockComment(int s) {
            int nesting = 0;
            int i = s;
            while (i < end) {
                char c = text.charAt(i);
                if (c == '/' && i + 1 < end && text.charAt(i + 1) == '*') {
                    nesting++;
                    i += 2;
                    if (mysql && nesting > 1) {
                        nesting = 1; // MySQL comments do not nest
                    }
                } else if (c == '*' && i + 1 < end && text.charAt(i + 1) == '/') {
                    nesting--;
                    i += 2;
                    if (nesting == 0) {
                        pos = i;
                        comment(s, true);
                        return;
                    }
                } else {
                    i++;
                }
            }
            pos = end;
            problem(s, "unterminated comment");
            comment(s, true);
        }

        private void quoted(int s, char q, boolean backslash, String what) {
            quoted(s, s, q, backslash, what);
        }

        /** A quoted token starting at {@code s} whose opening quote is at {@code open}. */
        private void quoted(int s, int open, char q, boolean backslash, String what) {
            int i = open + 1;
            while (i < end) {
                char c = text.charAt(i);
                if (backslash && c == '\\') {
                    i += 2;
                } else if (c == q) {
                    if (i + 1 < end && text.charAt(i + 1) == q) {
                        i += 2;
                    } else {
                        pos = i + 1;
                        markToken(s, pos, false);
                        return;
                    }
                } else {
                    i++;
                }
            }
            pos = end;
            problem(s, "unterminated " + what);
            markToken(s, end, false);
        }

        /** At a '$': a PostgreSQL dollar quote, or a placeholder (${x}, $%X%$). False if neither. */
        private boolean dollar(int s) {
            char n = s + 1 < end ? text.charAt(s + 1) : 0;
            if (n == '{') {
                return placeholder(s, "}", true);
            }
            if (n == '%') {
                return placeholder(s, "%$", true);
            }
            if (mysql) {
                return false;
            }
            int i = s + 1;
            if (n != '$') {
                if (!(Character.isLetter(n) || n == '_')) {
                    return false;
                }
                while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                if (i >= end || text.charAt(i) != '$') {
                    return false;
                }
            }
            String tag = text.substring(s, i + 1);
            int close = text.indexOf(tag, i + 1);
            if (close < 0 || close + tag.length() > end) {
                pos = end;
                problem(s, "unterminated dollar-quoted string " + tag);
                markToken(s, end, false);
                return true;
            }
            pos = close + tag.length();
            markToken(s, pos, false);
            return true;
        }

        /** A placeholder from {@code s} to {@code closer}; on one line unless multi-line is allowed. */
        private boolean placeholder(int s, String closer, boolean sameLine) {
            int limit = sameLine ? lineEnd(s) : end;
            int close = text.indexOf(closer, s + 2);
            if (close < 0 || close + closer.length() > limit) {
                return false;
            }
            pos = close + closer.length();
            markToken(s, pos, false);
            placeholders.add(new int[] {s, pos});
            return true;
        }

        private void comment(int s, boolean block) {
            comments.add(new Comment(text.substring(s, pos), lines.span(s, pos), block));
            if (first >= 0) {
                blanks.add(new int[] {s, pos});
            }
        }

        private void problem(int s, String what) {
            if (problem == null) {
                problem = what + " starting at line " + lines.line(s) + ", column " + lines.column(s);
            }
        }

        private void markToken(int s, int e, boolean isDelimiter) {
            if (first < 0) {
                first = s;
            }
            last = e;
            if (!isDelimiter) {
                lastBeforeDelimiter = -1;
            }
        }

        private void finish() {
            if (first < 0 && problem != null && !comments.isEmpty()) {
                // an unterminated comment after the last statement: report it as a statement of its own,
                // so that a file whose rest was swallowed by the comment is never silently short
                Comment c = comments.get(comments.size() - 1);
                out.add(new RawStatement(c.text(), c.text().replaceAll("[^\\r\\n]", " "), c.span(), comments,
                        problem));
                resetStatement();
                return;
            }
            if (first < 0) {
                resetStatement();
                return;
            }
            int stop = single && lastBeforeDelimiter >= 0 ? lastBeforeDelimiter : last;
            if (stop <= first) {
                resetStatement();
                return;
            }
            String src = text.substring(first, stop);
            out.add(new RawStatement(src, clean(src, first), lines.span(first, stop), comments, problem));
            resetStatement();
        }

        private String clean(String src, int base) {
            if (blanks.isEmpty() && placeholders.isEmpty()) {
                return src;
            }
            char[] chars = src.toCharArray();
            for (int[] b : blanks) {
                for (int i = Math.max(b[0], base); i < Math.min(b[1], base + chars.length); i++) {
                    char c = chars[i - base];
                    if (c != '\n' && c != '\r') {
                        chars[i - base] = ' ';
                    }
                }
            }
            for (int[] p : placeholders) {
                int from = Math.max(p[0], base);
                int to = Math.min(p[1], base + chars.length);
                for (int i = from; i < to; i++) {
                    chars[i - base] = i == from ? 'x' : '_';
                }
            }
            return new String(chars);
        }

        private void resetStatement() {
            first = -1;
            last = -1;
            lastBeforeDelimiter = -1;
            comments.clear();
            blanks.clear();
            placeholders.clear();
            head.clear();
            problem = null;
            compoundHead = false;
            depth = 0;
            execComment = false;
            afterEnd = false;
        }

        private int lineEnd(int from) {
            int i = from;
            while (i < end) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    return i;
                }
                i++;
            }
            return end;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B' || c == '\uFEFF'
                || (c > 127 && Character.isWhitespace(c));
    }

    private static boolean isSpaceOrControl(char c) {
        return c <= ' ';
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '@' || (c > 127 && !Character.isWhitespace(c));
    }

    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '@'
                || (c > 127 && !Character.isWhitespace(c));
    }
}
