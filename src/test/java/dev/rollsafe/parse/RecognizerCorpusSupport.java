package dev.rollsafe.parse;

import dev.rollsafe.model.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helpers for the real corpora: where they are, which files they hold, and a SIMPLE statement
 * splitter used only by these tests (semicolons outside quotes, dollar quotes and comments; goose
 * StatementBegin/End and MySQL DELIMITER handled crudely). Comments are blanked and non-SQL placeholders
 * replaced by x's, as the real splitter does.
 */
final class RecognizerCorpusSupport {

    record CorpusFile(String corpus, String path, Dialect dialect) {
    }

    private RecognizerCorpusSupport() {
    }

    static Path corporaRoot() {
        String root = System.getProperty("rollsafe.repoRoot", ".");
        return Path.of(root).toAbsolutePath().resolve("../shared/corpora").normalize();
    }

    static List<CorpusFile> files(Path root) throws IOException {
        List<CorpusFile> out = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("files.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].equals("corpus")) {
                continue;
            }
            out.add(new CorpusFile(f[0], f[1], Dialect.parse(f[2]).orElseThrow()));
        }
        return out;
    }

    static String read(Path root, CorpusFile f) throws IOException {
        byte[] bytes = Files.readAllBytes(root.resolve(f.corpus()).resolve(f.path()));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Splits a file into cleaned statements (comments blanked, placeholders replaced, delimiter dropped). */
    static List<String> split(String text, Dialect dialect) {
        boolean mysql = dialect.isMySqlFamily();
        String t = placeholders(text);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String delimiter = ";";

        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            boolean lineStart = i == 0 || t.charAt(i - 1) == '\n';
            if (lineStart && mysql && t.regionMatches(true, i, "DELIMITER ", 0, 10)) {
                int e = t.indexOf('\n', i);
                e = e < 0 ? n : e;
                flush(cur, out);
                delimiter = t.substring(i + 10, e).strip();
                i = e;
                continue;
            }
            if (c == '-' && i + 1 < n && t.charAt(i + 1) == '-' || c == '#' && mysql) {
                int e = t.indexOf('\n', i);
                e = e < 0 ? n : e;
                String comment = t.substring(i, e);
                if (comment.contains("+goose StatementBegin")) {
                    flush(cur, out);

                } else if (comment.contains("+goose StatementEnd")) {

                    flush(cur, out);
                } else if (comment.contains("+goose Up") || comment.contains("+goose Down")) {
                    flush(cur, out);
                }
                blank(cur, comment);
                i = e;
                continue;
            }
            if (c == '/' && i + 1 < n && t.charAt(i + 1) == '*') {
                int e = t.indexOf("*/", i + 2);
                e = e < 0 ? n : e + 2;
                String comment = t.substring(i, e);
                if (mysql && comment.startsWith("/*!")) {
                    int k = 3;
                    while (k < comment.length() && Character.isDigit(comment.charAt(k))) {
                        k++;
                    }
                    cur.append(" ".repeat(k)).append(comment, k, comment.length() - 2).append("  ");
                } else {
                    blank(cur, comment);
                }
                i = e;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int e = i + 1;
                while (e < n) {
                    char d = t.charAt(e);
                    if (d == '\\' && mysql && c != '`') {
                        e += 2;
                        continue;
                    }
                    if (d == c) {
                        if (e + 1 < n && t.charAt(e + 1) == c) {
                            e += 2;
                            continue;
                        }
                        break;
                    }
                    e++;
                }
                e = Math.min(n, e + 1);
                cur.append(t, i, e);
                i = e;
                continue;
            }
            if (c == '$' && !mysql) {
                int tagEnd = Lexemes.dollarTag(t, i, n);
                if (tagEnd > 0) {
                    String tag = t.substring(i, tagEnd);
                    int close = t.indexOf(tag, tagEnd);
                    int e = close < 0 ? n : close + tag.length();
                    cur.append(t, i, e);
                    i = e;
                    continue;
                }
            }
            if (t.startsWith(delimiter, i)) {
                flush(cur, out);
                i += delimiter.length();
                continue;
            }
            cur.append(c);
            i++;
        }
        flush(cur, out);
        return out;
    }

    private static void blank(StringBuilder cur, String comment) {
        for (int k = 0; k < comment.length(); k++) {
            cur.append(comment.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String s = cur.toString();
        if (!s.isBlank()) {
            String stripped = s.strip();
            if (stripped.endsWith(";")) {
                stripped = stripped.substring(0, stripped.length() - 1);
            }
            if (!stripped.isBlank()) {
                out.add(stripped);
            }
        }
        cur.setLength(0);
    }

    /** ${name}, {{ ... }}, $%NAME%$ become identifiers of the same length made of x and _. */
    static String placeholders(String text) {
        StringBuilder sb = new StringBuilder(text);
        replace(sb, "${", "}");
        replace(sb, "{{", "}}");
        replace(sb, "$%", "%$");
        return sb.toString();
    }

    private static void replace(StringBuilder sb, String open, String close) {
        int from = 0;
        while (true) {
            int a = sb.indexOf(open, from);
            if (a < 0) {
                return;
            }
            int b = sb.indexOf(close, a + open.length());
            if (b < 0 || b - a > 200) {
                return;
            }
            int end = b + close.length();
            for (int k = a; k < end; k++) {
                sb.setCharAt(k, k == a ? 'x' : sb.charAt(k) == '\n' ? '\n' : (k % 2 == 0 ? 'x' : '_'));
            }
            from = end;
        }
    }
}
