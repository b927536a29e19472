package dev.rollsafe.release.refs.orm;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.parse.QueryReference;
import dev.rollsafe.parse.QueryReferences;
import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;
import dev.rollsafe.release.ReferenceFinder;
import dev.rollsafe.release.refs.orm.XmlTree.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * References from MyBatis XML mappers: the SQL of each {@code select}, {@code insert}, {@code update},
 * {@code delete} with its dynamic tags flattened ({@code if}, {@code choose}, {@code where}, {@code set},
 * {@code trim}, {@code foreach}, {@code include} of a {@code sql} fragment) and {@code #{x}}/{@code ${x}}
 * replaced by {@code ?}, read by {@link QueryReferences} (the token scan {@link SqlScan} when it cannot
 * read the flattened text) for tables and columns; and the {@code column} attributes of a
 * {@code resultMap}, given the table when the selects using that map read exactly one (LIKELY, else WEAK per
 * candidate). Line = the line of the statement's (or result's) element.
 */
public final class MyBatisFinder implements ReferenceFinder {
    private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");
    /** How deep dynamic tags and includes are followed; deeper content is left out (no real mapper nests so). */
    private static final int MAX_DEPTH = 64;

    @Override
    public String id() {
        return "mybatis";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".xml");
    }

    @Override
    public List<Reference> find(String path, String text) {
        try {
            if (text == null || !text.contains("<mapper")) {
                return List.of();
            }
            Element root = XmlTree.parse(text).orElse(null);
            if (root == null || !root.name().equals("mapper")) {
                return List.of();
            }
            return references(new Lines(path, text, id()), root);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<Reference> references(Lines lines, Element mapper) {
        Map<String, Element> fragments = new HashMap<>();
        for (Element e : mapper.elements()) {
            if (e.name().equals("sql") && e.attr("id") != null) {
                fragments.put(e.attr("id"), e);
            }
        }
        LinkedHashSet<Reference> out = new LinkedHashSet<>();
        Map<String, Set<String>> tablesByResultMap = new HashMap<>();
        for (Element e : mapper.elements()) {
            if (!STATEMENTS.contains(e.name())) {
                continue;
            }
            Usage usage = Usage.valueOf(e.name().toUpperCase(Locale.ROOT));
            String sql = parameters(flatten(e, fragments, 0));
            for (SqlScan.Hit h : hits(sql, usage)) {
                add(out, lines.ref(h.table(), h.column(), h.usage(), e.line(), h.confidence()));
                if (h.column() == null && e.attr("resultMap") != null) {
                    tablesByResultMap.computeIfAbsent(e.attr("resultMap"), k -> new LinkedHashSet<>()).add(h.table());
                }
            }
        }
        for (Element e : mapper.elements()) {
            if (e.name().equals("resultMap")) {
                Set<String> tables = tablesByResultMap.getOrDefault(e.attr("id"), Set.of());
                resultColumns(out, lines, e, tables, 0);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The tables and columns of one flattened statement: JSqlParser through {@link QueryReferences}
     * (PostgreSQL, then MySQL; a column is EXACT when its table is certain), else, when neither reads it
     * (flattening puts every dynamic branch in, which can make SQL no parser takes), the token scan.
     */
    private static List<SqlScan.Hit> hits(String sql, Usage usage) {
        Optional<List<QueryReference>> refs = QueryReferences.of(sql, Dialect.POSTGRESQL);
        if (refs.isEmpty()) {
            refs = QueryReferences.of(sql, Dialect.MYSQL);
        }
        if (refs.isEmpty()) {
            return SqlScan.scan(sql, usage);
        }
        List<SqlScan.Hit> out = new ArrayList<>();
        for (QueryReference q : refs.get()) {
            out.add(new SqlScan.Hit(q.table(), q.column(), Usage.valueOf(q.usage().name()),
                    q.columnCertain() ? Confidence.EXACT : Confidence.LIKELY));
        }
        return out;
    }

    private static void resultColumns(LinkedHashSet<Reference> out, Lines lines, Element e, Set<String> tables,
                                      int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element child : e.elements()) {
            String column = child.attr("column");
            if (column != null && !tables.isEmpty()) {
                Confidence conf = tables.size() == 1 ? Confidence.LIKELY : Confidence.WEAK;
                for (String name : columnNames(column)) {
                    for (String table : tables) {
                        add(out, lines.ref(table, Naming.folded(name), Usage.SELECT, child.line(), conf));
                    }
                }
            }
            resultColumns(out, lines, child, tables, depth + 1);
        }
    }

    /** {@code col}, or the columns of the composite form {@code {prop=col,prop2=col2}}. */
    private static List<String> columnNames(String column) {
        String c = column.strip();
        if (!c.startsWith("{")) {
            return List.of(c);
        }
        List<String> out = new ArrayList<>();
        for (String pair : c.substring(1, c.endsWith("}") ? c.length() - 1 : c.length()).split(",")) {
            int eq = pair.indexOf('=');
            if (eq >= 0) {
                out.add(pair.substring(eq + 1).strip());
            }
        }
        return out;
    }

    /** The statement's SQL with every dynamic branch included once. */
    static String flatten(Element e, Map<String, Element> fragments, int depth) {
        StringBuilder b = new StringBuilder();
        if (depth > MAX_DEPTH) {
            return "";
        }
        for (Object o : e.children()) {
            if (o instanceof String s) {
                b.append(s);
            } else if (o instanceof Element c) {
                b.append(' ').append(child(c, fragments, depth + 1)).append(' ');
            }
        }
        return b.toString();
    }

    private static String child(Element c, Map<String, Element> fragments, int depth) {
        switch (c.name()) {
            case "include" -> {
                String ref = c.attr("refid") == null ? "" : c.attr("refid");
                Element frag = fragments.get(ref);
                if (frag == null && ref.contains(".")) {
                    frag = fragments.get(ref.substring(ref.lastIndexOf('.') + 1));
                }
                return frag == null ? "" : flatten(frag, fragments, depth + 1);
            }
            case "selectKey", "bind" -> {
                return "";
            }
            case "where" -> {
                return "WHERE " + strip(flatten(c, fragments, depth), "AND |OR ", "");
            }
            case "set" -> {
                return "SET " + strip(flatten(c, fragments, depth), "", ",");
            }
            case "trim" -> {
                String body = strip(flatten(c, fragments, depth), attr(c, "prefixOverrides"), attr(c, "suffixOverrides"));
                return attr(c, "prefix") + " " + body + " " + attr(c, "suffix");
            }
            case "foreach" -> {
                return attr(c, "open") + flatten(c, fragments, depth) + attr(c, "close");
            }
            default -> {
                return flatten(c, fragments, depth);
            }
        }
    }

    private static String attr(Element e, String key) {
        return e.attr(key) == null ? "" : e.attr(key);
    }

    /** Removes one leading and one trailing override ({@code |}-separated, case-insensitive). */
    private static String strip(String body, String prefixes, String suffixes) {
        String s = body.strip();
        for (String p : prefixes.split("\\|")) {
            String q = p.strip();
            if (!q.isEmpty() && s.regionMatches(true, 0, q, 0, q.length())) {
                s = s.substring(q.length()).strip();
                break;
            }
        }
        for (String p : suffixes.split("\\|")) {
            String q = p.strip();
            if (!q.isEmpty() && s.regionMatches(true, s.length() - q.length(), q, 0, q.length())) {
                s = s.substring(0, s.length() - q.length()).strip();
                break;
            }
        }
        return s;
    }

    /** {@code #{x}} and {@code ${x}} become {@code ?}. */
    static String parameters(String sql) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if ((c == '#' || c == '$') && i + 1 < sql.length() && sql.charAt(i + 1) == '{') {
                int end = sql.indexOf('}', i + 2);
                if (end > 0) {
                    b.append('?');
                    i = end + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static void add(LinkedHashSet<Reference> out, Reference r) {
        if (r != null) {
            out.add(r);
        }
    }
}
