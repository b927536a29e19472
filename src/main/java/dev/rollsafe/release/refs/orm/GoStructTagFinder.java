package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;
import dev.rollsafe.release.ReferenceFinder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * References from Go structs: columns from {@code db:"col"} tags (sqlx, pop/popx) and
 * {@code gorm:"column:col"}; the table from the struct's {@code TableName()} method in the same file
 * (the first string literal of its body, EXACT), else pop/gorm's implicit plural snake_case of the struct
 * name (LIKELY). An embedded struct declared in the same file adds its columns to the embedding struct's
 * table (and is no table of its own). {@code db:"-"} maps nothing; untagged fields are left out. Usage MAPPED.
 */
public final class GoStructTagFinder implements ReferenceFinder {
    private static final int MAX_DEPTH = 5;

    @Override
    public String id() {
        return "go-tag";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".go");
    }

    private record Field(String column, int line) {
    }

    private record Struct(String name, int line, List<Field> fields, List<String> embedded) {
    }

    private record TableName(String table, int line) {
    }

    @Override
    public List<Reference> find(String path, String text) {
        try {
            if (text == null || (!text.contains("db:") && !text.contains("gorm:") && !text.contains("TableName"))) {
                return List.of();
            }
            List<Token> t = Lexer.tokens(text, Lexer.Flavor.GO);
            Map<String, Struct> structs = new LinkedHashMap<>();
            Map<String, TableName> tables = new LinkedHashMap<>();
            read(t, structs, tables);
            return references(new Lines(path, text, id()), structs, tables);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<Reference> references(Lines lines, Map<String, Struct> structs, Map<String, TableName> tables) {
        LinkedHashSet<Reference> out = new LinkedHashSet<>();
        Set<String> parts = new HashSet<>();
        structs.values().forEach(s -> parts.addAll(s.embedded()));
        for (Struct s : structs.values()) {
            TableName tn = tables.get(s.name());
            List<Field> fields = new ArrayList<>();
            columns(s, structs, fields, 0);
            if ((fields.isEmpty() || parts.contains(s.name())) && tn == null) {
                continue;
            }
            String table = tn != null ? Naming.folded(tn.table()) : Naming.plural(Naming.goSnake(s.name()));
            Confidence conf = tn != null ? Confidence.EXACT : Confidence.LIKELY;
            add(out, lines.ref(table, null, Usage.MAPPED, tn != null ? tn.line() : s.line(), conf));
            for (Field f : fields) {
                add(out, lines.ref(table, Naming.folded(f.column()), Usage.MAPPED, f.line(), conf));
            }
        }
        tables.forEach((type, tn) -> {
            if (!structs.containsKey(type)) {
                add(out, lines.ref(Naming.folded(tn.table()), null, Usage.MAPPED, tn.line(), Confidence.EXACT));
            }
        });
        return new ArrayList<>(out);
    }

    /** The struct's own columns and those of the structs it embeds (declared in this file). */
    private static void columns(Struct s, Map<String, Struct> structs, List<Field> into, int depth) {
        into.addAll(s.fields());
        for (String e : s.embedded()) {
            Struct inner = structs.get(e);
            if (inner != null && inner != s && depth < MAX_DEPTH) {
                columns(inner, structs, into, depth + 1);
            }
        }
    }

    private static void read(List<Token> t, Map<String, Struct> structs, Map<String, TableName> tables) {
        int depth = 0;
        int typeGroupDepth = -1;
        for (int p = 0; p < t.size(); p++) {
            Token k = t.get(p);
            if (k.is("{") || k.is("(")) {
                if (k.is("(") && depth == 0 && p > 0 && t.get(p - 1).is("type")) {
                    typeGroupDepth = depth + 1;
                }
                depth++;
            } else if (k.is("}") || k.is(")")) {
                depth--;
                if (depth < typeGroupDepth) {
                    typeGroupDepth = -1;
                }
            } else if (k.isIdent() && at(t, p + 1, "struct") && at(t, p + 2, "{")
                    && ((depth == 0 && at(t, p - 1, "type")) || (depth == typeGroupDepth && k.lineStart()))) {
                List<Field> fields = new ArrayList<>();
                List<String> embedded = new ArrayList<>();
                p = fields(t, p + 3, fields, embedded);
                structs.putIfAbsent(k.text(), new Struct(k.text(), k.line(), fields, embedded));
            } else if (k.is("func") && depth == 0 && at(t, p + 1, "(")) {
                p = tableName(t, p, tables);
            }
        }
    }

    /** The fields of a struct body, p just after its '{'; returns the index of the closing '}'. */
    private static int fields(List<Token> t, int p, List<Field> out, List<String> embedded) {
        int depth = 0;
        List<Token> line = new ArrayList<>();
        for (; p < t.size(); p++) {
            Token k = t.get(p);
            boolean end = depth == 0 && k.is("}");
            if (depth == 0 && (k.lineStart() || k.is(";") || end) && !line.isEmpty()) {
                fieldLine(line, out, embedded);
                line.clear();
            }
            if (end) {
                break;
            }
            if (depth == 0 && k.is(";")) {
                continue;
            }
            depth += k.is("{") || k.is("(") || k.is("[") ? 1 : k.is("}") || k.is(")") || k.is("]") ? -1 : 0;
            line.add(k);
        }
        return p;
    }

    /** One field: {@code Name Type `tag`}, or an embedded struct {@code [*][pkg.]Type `tag`}. */
    private static void fieldLine(List<Token> line, List<Field> out, List<String> embedded) {
        Token last = line.get(line.size() - 1);
        Token tag = last.isString() ? last : null;
        int n = line.size() - (tag == null ? 0 : 1);
        int b = n > 0 && line.get(0).is("*") ? 1 : 0;
        boolean plain = n - b == 1 && line.get(b).isIdent();
        boolean qualified = n - b == 3 && line.get(b).isIdent() && line.get(b + 1).is(".") && line.get(b + 2).isIdent();
        int before = out.size();
        if (tag != null) {
            tag(tag, out);
        }
        boolean skipped = tag != null && "-".equals(StructTag.parse(tag.text()).get("db"));
        if ((plain || qualified) && out.size() == before && !skipped) {
            embedded.add(line.get(n - 1).text());
        }
    }

    private static void tag(Token tag, List<Field> out) {
        Map<String, String> kv = StructTag.parse(tag.text());
        String db = kv.get("db");
        String column = null;
        if (db != null) {
            column = db.split(",", -1)[0].strip();
        } else if (kv.get("gorm") != null) {
            for (String part : kv.get("gorm").split(";")) {
                String s = part.strip();
                if (s.regionMatches(true, 0, "column:", 0, 7)) {
                    column = s.substring(7).strip();
                }
            }
        }
        if (column != null && !column.isEmpty() && !column.equals("-")) {
            out.add(new Field(column, tag.line()));
        }
    }

    /** At {@code func (r *T) TableName(...) string { ... }}: records T's table; returns where to go on. */
    private static int tableName(List<Token> t, int p, Map<String, TableName> tables) {
        int q = p + 2;
        String type = null;
        while (q < t.size() && !t.get(q).is(")")) {
            if (t.get(q).isIdent()) {
                type = t.get(q).text();
            }
            if (t.get(q).is("[")) {
                break;
            }
            q++;
        }
        while (q < t.size() && !t.get(q).is(")")) {
            q++;
        }
        if (type == null || !at(t, q + 1, "TableName") || !at(t, q + 2, "(")) {
            return p;
        }
        for (int r = q + 3; r < t.size() && !t.get(r).is("func"); r++) {
            if (t.get(r).isString()) {
                tables.putIfAbsent(type, new TableName(t.get(r).text(), t.get(r).line()));
                break;
            }
        }
        return p;
    }

    private static boolean at(List<Token> t, int i, String s) {
        return i >= 0 && i < t.size() && t.get(i).is(s);
    }

    private static void add(LinkedHashSet<Reference> out, Reference r) {
        if (r != null) {
            out.add(r);
        }
    }

    /** Go's struct tag convention: space-separated {@code key:"value"} pairs. */
    static final class StructTag {
        private StructTag() {
        }

        static Map<String, String> parse(String tag) {
            Map<String, String> out = new LinkedHashMap<>();
            int i = 0;
            while (i < tag.length()) {
                while (i < tag.length() && tag.charAt(i) == ' ') {
                    i++;
                }
                int k = i;
                while (i < tag.length() && tag.charAt(i) > ' ' && tag.charAt(i) != ':' && tag.charAt(i) != '"') {
                    i++;
                }
                if (i == k || i + 1 >= tag.length() || tag.charAt(i) != ':' || tag.charAt(i + 1) != '"') {
                    break;
                }
                String key = tag.substring(k, i);
                i += 2;
                StringBuilder v = new StringBuilder();
                while (i < tag.length() && tag.charAt(i) != '"') {
                    if (tag.charAt(i) == '\\' && i + 1 < tag.length()) {
                        i++;
                    }
                    v.append(tag.charAt(i++));
                }
                i++;
                out.putIfAbsent(key, v.toString());
            }
            return out;
        }
    }
}
