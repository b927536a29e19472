package dev.rollsafe.release.refs.sql;

import dev.rollsafe.parse.QueryReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ruby string literals: {@code "..."} (with {@code #{...}} as placeholders), {@code '...'} and heredocs
 * ({@code <<~SQL}, {@code <<-SQL}, {@code <<SQL}, quoted ids). A heredoc's line is its opener's line.
 * {@code #} comments and {@code =begin}/{@code =end} blocks are skipped.
 */
final class RubyStrings extends LiteralScanner {
    private static final Pattern INTERPOLATION = Pattern.compile("#\\{[^}\\n]*}");

    /** A heredoc whose opener was seen; its body starts on the next line. */
    private record Pending(int start, String id, boolean interpolates) {
    }

    private final List<Pending> pending = new ArrayList<>();

    RubyStrings(String src) {
        super(src);
    }

    @Override
    protected boolean token() {
        char c = src.charAt(pos);
        if (c == '\n' && !pending.isEmpty()) {
            heredocBodies();
        } else if (c == '#') {
            skipLine();
        } else if (c == '=' && (pos == 0 || src.charAt(pos - 1) == '\n') && at("=begin")) {
            int e = src.indexOf("\n=end", pos);
            pos = e < 0 ? n : e + 5;
        } else if (c == '"') {
            literal(pos, pos + 1, "\"", Backslash.DECODE, true, Holes.HASH_BRACE);
        } else if (c == '\'') {
            literal(pos, pos + 1, "'", Backslash.KEEP, true, Holes.NONE);
        } else if (c == '<' && charAt(pos + 1) == '<') {
            return heredocOpener();
        } else {
            return false;
        }
        return true;
    }

    private boolean heredocOpener() {
        int i = pos + 2;
        char flag = charAt(i);
        if (flag == '~' || flag == '-') {
            i++;
        }
        char quote = charAt(i);
        boolean quoted = quote == '\'' || quote == '"';
        if (quoted) {
            i++;
        }
        int s = i;
        while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            i++;
        }
        String id = src.substring(s, i);
        boolean bare = flag != '~' && flag != '-' && !quoted;
        if (id.isEmpty() || Character.isDigit(id.charAt(0)) || (bare && !id.equals(id.toUpperCase()))
                || (quoted && charAt(i) != quote)) {
            return false;
        }
        pending.add(new Pending(pos, id, quote != '\''));
        pos = quoted ? i + 1 : i;
        return true;
    }

    /** Reads the bodies of the pending heredocs, one after another, from the line after {@code pos}. */
    private void heredocBodies() {
        int line = pos + 1;
        for (Pending p : pending) {
            int bodyStart = line;
            int end = -1;
            while (line < n) {
                int eol = src.indexOf('\n', line);
                int stop = eol < 0 ? n : eol;
                if (src.substring(line, stop).strip().equals(p.id())) {
                    end = stop;
                    break;
                }
                line = stop + 1;
            }
            if (end < 0) {
                pending.clear();
                pos = n;
                return;
            }
            String body = src.substring(bodyStart, line);
            if (p.interpolates()) {
                body = INTERPOLATION.matcher(body).replaceAll(QueryReferences.PLACEHOLDER);
            }
            add(body, p.start(), end);
            line = end + 1;
        }
        pending.clear();
        pos = Math.min(line, n);
    }
}
