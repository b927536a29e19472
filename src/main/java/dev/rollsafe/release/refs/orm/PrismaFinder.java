package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;
import dev.rollsafe.release.ReferenceFinder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * References from Prisma schemas: each {@code model} is a table ({@code @@map("t")}, else the model name)
 * and each scalar or enum field a column ({@code @map("c")}, else the field name). A relation field (its
 * type another model, or a type this file does not declare as an enum, or {@code @relation}) and
 * {@code @ignore} fields map no column. Names keep their case (Prisma quotes them). EXACT, usage MAPPED.
 */
public final class PrismaFinder implements ReferenceFinder {
    private static final Set<String> SCALARS = Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal",
            "DateTime", "Json", "Bytes", "Unsupported");

    @Override
    public String id() {
        return "prisma";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".prisma");
    }

    private record Field(String name, String mapped, int line, boolean column) {
    }

    @Override
    public List<Reference> find(String path, String text) {
        try {
            if (text == null || !text.contains("model")) {
                return List.of();
            }
            List<Token> t = Lexer.tokens(text, Lexer.Flavor.PRISMA);
            Set<String> enums = new HashSet<>();
            for (int p = 0; p + 1 < t.size(); p++) {
                if ((t.get(p).is("enum") || t.get(p).is("type")) && t.get(p).lineStart() && t.get(p + 1).isIdent()) {
                    enums.add(t.get(p + 1).text());
                }
            }
            Lines lines = new Lines(path, text, id());
            LinkedHashSet<Reference> out = new LinkedHashSet<>();
            for (int p = 0; p + 2 < t.size(); p++) {
                if (t.get(p).is("model") && t.get(p).lineStart() && t.get(p + 1).isIdent() && t.get(p + 2).is("{")) {
                    p = model(t, p, enums, lines, out);
                }
            }
            return new ArrayList<>(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** One model block at 'model'; returns the index of its closing '}'. */
    private static int model(List<Token> t, int p, Set<String> enums, Lines lines, LinkedHashSet<Reference> out) {
        Token name = t.get(p + 1);
        String table = null;
        int tableLine = name.line();
        boolean ignored = false;
        List<Field> fields = new ArrayList<>();
        int q = p + 3;
        while (q < t.size() && !t.get(q).is("}")) {
            Token k = t.get(q);
            if (k.is("@") && q + 2 < t.size() && t.get(q + 1).is("@")) {
                String attr = t.get(q + 2).text();
                if (attr.equals("map")) {
                    String s = firstString(t, q + 3);
                    if (s != null) {
                        table = s;
                        tableLine = k.line();
                    }
                }
                ignored |= attr.equals("ignore");
                q = lineEnd(t, q);
            } else if (k.isIdent() && k.lineStart()) {
                int end = lineEnd(t, q);
                fields.add(field(t, q, end, enums));
                q = end;
            } else {
                q++;
            }
        }
        if (ignored) {
            return q;
        }
        String tableName = Naming.quoted(table != null ? table : name.text());
        add(out, lines.ref(tableName, null, Usage.MAPPED, tableLine, Confidence.EXACT));
        for (Field f : fields) {
            if (f.column()) {
                String col = Naming.quoted(f.mapped() != null ? f.mapped() : f.name());
                add(out, lines.ref(tableName, col, Usage.MAPPED, f.line(), Confidence.EXACT));
            }
        }
        return q;
    }

    /** A field line {@code name Type[?|[]] @attr(...)...} from q to end. */
    private static Field field(List<Token> t, int q, int end, Set<String> enums) {
        Token name = t.get(q);
        String type = q + 1 < end && t.get(q + 1).isIdent() ? t.get(q + 1).text() : "";
        boolean column = SCALARS.contains(type) || enums.contains(type);
        String mapped = null;
        for (int i = q + 2; i < end; i++) {
            if (t.get(i).is("@") && i + 1 < end && !t.get(i - 1).is("@")) {
                String attr = t.get(i + 1).text();
                if (attr.equals("relation") || attr.equals("ignore")) {
                    column = false;
                } else if (attr.equals("map")) {
                    mapped = firstString(t, i + 2);
                }
            }
        }
        return new Field(name.text(), mapped, name.line(), column);
    }

    /** The index of the first token on a later line (or the block's closing '}'). */
    private static int lineEnd(List<Token> t, int q) {
        int depth = 0;
        int i = q + 1;
        for (; i < t.size(); i++) {
            Token k = t.get(i);
            if (depth <= 0 && (k.lineStart() || k.is("}"))) {
                break;
            }
            depth += k.is("(") || k.is("[") ? 1 : k.is(")") || k.is("]") ? -1 : 0;
        }
        return i;
    }

    /** The string in {@code ("x")} or {@code (name: "x")} right at q, or null. */
    private static String firstString(List<Token> t, int q) {
        if (q >= t.size() || !t.get(q).is("(")) {
            return null;
        }
        for (int i = q + 1; i < t.size() && !t.get(i).is(")"); i++) {
            if (t.get(i).isString()) {
                return t.get(i).text();
            }
        }
        return null;
    }

    private static void add(LinkedHashSet<Reference> out, Reference r) {
        if (r != null) {
            out.add(r);
        }
    }
}
