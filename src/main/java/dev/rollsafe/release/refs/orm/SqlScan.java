package dev.rollsafe.release.refs.orm;

import dev.rollsafe.model.Name;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A minimal token scan of one SQL statement for the tables and columns it names: tables after FROM, JOIN,
 * INTO, UPDATE (with their aliases), the column list of an INSERT, the SET columns of an UPDATE, columns
 * qualified by a known table or alias (EXACT), and, when exactly one table is in the statement, its
 * unqualified column names (LIKELY). No regular expressions, no parser: the fallback for MyBatis statements
 * that {@code dev.rollsafe.parse.QueryReferences} cannot read once their dynamic branches are flattened.
 */
final class SqlScan {
    private static final Set<String> KEYWORDS = Set.of("select", "from", "where", "and", "or", "not", "null",
            "is", "in", "like", "ilike", "between", "as", "on", "join", "left", "right", "inner", "outer", "cross",
            "full", "natural", "using", "order", "by", "group", "having", "limit", "offset", "fetch", "first",
            "next", "rows", "row", "only", "asc", "desc", "nulls", "last", "distinct", "all", "any", "some", "case",
            "when", "then", "else", "end", "insert", "into", "values", "value", "update", "set", "delete", "true",
            "false", "exists", "union", "intersect", "except", "minus", "with", "recursive", "returning",
            "duplicate", "key", "conflict", "do", "nothing", "ignore", "replace", "merge", "matched", "interval",
            "cast", "collate", "escape", "for", "share", "nowait", "skip", "locked", "lock", "of", "current_date",
            "current_timestamp", "current_time", "default", "over", "partition", "window", "top", "percent",
            "ties", "if", "excluded", "lateral", "straight_join");

    /** One table or column the statement names. */
    record Hit(String table, String column, Usage usage, Confidence confidence) {
    }

    private final List<String> t;
    private final Usage usage;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private final Set<Integer> named = new java.util.HashSet<>();
    private int setStart = -1;
    private int setEnd = -1;
    private final LinkedHashSet<Hit> out = new LinkedHashSet<>();

    private SqlScan(List<String> tokens, Usage usage) {
        this.t = tokens;
        this.usage = usage;
    }

    /** The hits of one statement; {@code usage} is the statement's kind (a MyBatis element's). */
    static List<Hit> scan(String sql, Usage usage) {
        SqlScan s = new SqlScan(tokens(sql), usage);
        s.findTables();
        s.findColumns();
        return new ArrayList<>(s.out);
    }

    private void findTables() {
        for (int i = 0; i < t.size(); i++) {
            String w = lower(i);
            switch (w) {
                case "from" -> {
                    boolean delete = i > 0 && lower(i - 1).equals("delete");
                    tableList(i + 1, delete ? Usage.DELETE : Usage.SELECT);
                }
                case "join" -> table(i + 1, Usage.SELECT);
                case "update" -> {
                    if (!(i > 0 && (lower(i - 1).equals("key") || lower(i - 1).equals("do")))) {
                        table(i + 1, Usage.UPDATE);
                    }
                }
                case "into" -> insertInto(i + 1);
                case "set" -> setClause(i);
                default -> {
                }
            }
        }
    }

    private void tableList(int i, Usage u) {
        int j = table(i, u);
        while (j > i && j < t.size() && t.get(j).equals(",")) {
            i = j + 1;
            j = table(i, u);
        }
    }

    /** Reads {@code name [AS] [alias]} at i; returns the index after it (i when no table is there). */
    private int table(int i, Usage u) {
        if (!identifier(i)) {
            return i;
        }
        int j = i;
        String name = t.get(j);
        named.add(j);
        while (j + 2 < t.size() && t.get(j + 1).equals(".") && identifier(j + 2)) {
            j += 2;
            named.add(j);
            name = t.get(j);
        }
        String table = Name.ident(name);
        j++;
        tables.add(table);
        aliases.put(table, table);
        out.add(new Hit(table, null, u, Confidence.EXACT));
        if (j < t.size() && lower(j).equals("as")) {
            j++;
        }
        if (identifier(j)) {
            aliases.put(Name.ident(t.get(j)), table);
            named.add(j);
            j++;
        }
        return j;
    }

    private void insertInto(int i) {
        int j = table(i, Usage.INSERT);
        if (j == i || j >= t.size() || !t.get(j).equals("(")) {
            return;
        }
        String table = Name.ident(t.get(i));
        for (int k = j + 1; k < t.size() && !t.get(k).equals(")"); k++) {
            if (identifier(k)) {
                out.add(new Hit(aliases.getOrDefault(Name.ident(t.get(i)), table), Name.ident(t.get(k)),
                        Usage.INSERT, Confidence.EXACT));
                named.add(k);
            }
        }
    }

    /** The SET clause of an UPDATE: from SET to WHERE, FROM or RETURNING outside parentheses. */
    private void setClause(int i) {
        if (usage != Usage.UPDATE || setStart >= 0) {
            return;
        }
        setStart = i;
        int depth = 0;
        int j = i + 1;
        for (; j < t.size(); j++) {
            String w = lower(j);
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (depth == 0 && (w.equals("where") || w.equals("from") || w.equals("returning"))) {
                break;
            }
        }
        setEnd = j;
    }

    private void findColumns() {
        String only = tables.size() == 1 ? tables.iterator().next() : null;
        for (int i = 0; i < t.size(); i++) {
            if (named.contains(i) || !identifier(i)) {
                continue;
            }
            boolean qualifier = i + 2 < t.size() && t.get(i + 1).equals(".");
            if (qualifier) {
                String table = aliases.get(Name.ident(t.get(i)));
                if (table != null && identifier(i + 2)) {
                    out.add(new Hit(table, Name.ident(t.get(i + 2)), usageAt(i + 2), Confidence.EXACT));
                }
                i += 2;
                continue;
            }
            boolean afterAs = i > 0 && lower(i - 1).equals("as");
            boolean call = i + 1 < t.size() && t.get(i + 1).equals("(");
            if (only != null && !afterAs && !call && !aliases.containsKey(Name.ident(t.get(i)))) {
                Usage u = usageAt(i);
                Confidence conf = u == Usage.UPDATE ? Confidence.EXACT : Confidence.LIKELY;
                out.add(new Hit(only, Name.ident(t.get(i)), u, conf));
            }
        }
    }

    /** UPDATE for a SET target of an UPDATE statement (read elsewhere in it: SELECT), else the statement's usage. */
    private Usage usageAt(int i) {
        if (usage != Usage.UPDATE) {
            return usage;
        }
        boolean target = i > setStart && i < setEnd && i + 1 < t.size() && t.get(i + 1).equals("=");
        return target ? Usage.UPDATE : Usage.SELECT;
    }

    private boolean identifier(int i) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        String s = t.get(i);
        char c = s.charAt(0);
        if (c == '"' || c == '`' || c == '[') {
            return s.length() > 2;
        }
        return (Character.isLetter(c) || c == '_') && !KEYWORDS.contains(s.toLowerCase(Locale.ROOT));
    }

    private String lower(int i) {
        return i >= 0 && i < t.size() ? t.get(i).toLowerCase(Locale.ROOT) : "";
    }

    /** Words, quoted names, and single punctuation; string literals, numbers and comments dropped. */
    static List<String> tokens(String sql) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '\'') {
                i++;
                while (i < n && !(sql.charAt(i) == '\'' && (i + 1 >= n || sql.charAt(i + 1) != '\''))) {
                    i += sql.charAt(i) == '\'' ? 2 : 1;
                }
                i++;
                out.add("''");
            } else if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int e = sql.indexOf(close, i + 1);
                e = e < 0 ? n - 1 : e;
                out.add(sql.substring(i, e + 1));
                i = e + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int b = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                out.add(sql.substring(b, i));
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                out.add("0");
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }
}
