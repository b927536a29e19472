package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;
import dev.rollsafe.release.ReferenceFinder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * References from Diesel's {@code table!} / {@code diesel::table!} macros (schema.rs): the table and each
 * column, {@code #[sql_name = "x"]} giving the SQL name of a table or column. Names keep their case (Diesel
 * quotes identifiers). All EXACT, usage MAPPED.
 */
public final class DieselSchemaFinder implements ReferenceFinder {

    @Override
    public String id() {
        return "diesel";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".rs");
    }

    @Override
    public List<Reference> find(String path, String text) {
        try {
            if (text == null || !text.contains("table!")) {
                return List.of();
            }
            List<Token> t = Lexer.tokens(text, Lexer.Flavor.RUST);
            Lines lines = new Lines(path, text, id());
            LinkedHashSet<Reference> out = new LinkedHashSet<>();
            for (int p = 0; p + 2 < t.size(); p++) {
                boolean macro = t.get(p).is("table") && t.get(p + 1).is("!")
                        && (t.get(p + 2).is("{") || t.get(p + 2).is("("));
                boolean path0 = p == 0 || !t.get(p - 1).is("::") || (p > 1 && t.get(p - 2).is("diesel"));
                if (macro && path0) {
                    p = new Body(t, lines, out).read(p + 3, t.get(p + 2).is("{") ? "}" : ")");
                }
            }
            return new ArrayList<>(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The inside of one macro call. */
    private static final class Body {
        private final List<Token> t;
        private final Lines lines;
        private final LinkedHashSet<Reference> out;
        private int p;
        private String sqlName;

        Body(List<Token> t, Lines lines, LinkedHashSet<Reference> out) {
            this.t = t;
            this.lines = lines;
            this.out = out;
        }

        /** Reads tables until the macro's closing token; returns its index. */
        int read(int start, String close) {
            p = start;
            while (p < t.size() && !t.get(p).is(close)) {
                if (attribute() || skipUse()) {
                    continue;
                }
                if (t.get(p).isIdent()) {
                    table();
                } else {
                    p++;
                }
            }
            return p;
        }

        private void table() {
            Token name = t.get(p++);
            while (p + 1 < t.size() && t.get(p).is(".") && t.get(p + 1).isIdent()) {
                name = t.get(p + 1);
                p += 2;
            }
            String table = Naming.quoted(sqlName != null ? sqlName : name.text());
            sqlName = null;
            add(lines.ref(table, null, Usage.MAPPED, name.line(), Confidence.EXACT));
            if (p < t.size() && t.get(p).is("(")) {
                skipBalanced();
            }
            if (p >= t.size() || !t.get(p).is("{")) {
                return;
            }
            p++;
            while (p < t.size() && !t.get(p).is("}")) {
                if (attribute()) {
                    continue;
                }
                Token k = t.get(p);
                if (k.isIdent() && p + 1 < t.size() && t.get(p + 1).is("->")) {
                    String column = Naming.quoted(sqlName != null ? sqlName : k.text());
                    sqlName = null;
                    add(lines.ref(table, column, Usage.MAPPED, k.line(), Confidence.EXACT));
                    p += 2;
                    skipType();
                } else {
                    p++;
                }
            }
            p++;
        }

        /** {@code #[...]}: remembers a sql_name for the next table or column. */
        private boolean attribute() {
            if (!(t.get(p).is("#") && p + 1 < t.size() && t.get(p + 1).is("["))) {
                return false;
            }
            int open = p + 1;
            p = open;
            skipBalanced();
            for (int i = open; i + 2 < p; i++) {
                if (t.get(i).is("sql_name") && t.get(i + 1).is("=") && t.get(i + 2).isString()) {
                    sqlName = t.get(i + 2).text();
                }
            }
            return true;
        }

        private boolean skipUse() {
            if (!t.get(p).is("use")) {
                return false;
            }
            while (p < t.size() && !t.get(p).is(";")) {
                p++;
            }
            p++;
            return true;
        }

        /** A column type up to the ',' or '}' that ends it. */
        private void skipType() {
            int angle = 0;
            while (p < t.size()) {
                Token k = t.get(p);
                if (angle <= 0 && (k.is(",") || k.is("}"))) {
                    if (k.is(",")) {
                        p++;
                    }
                    return;
                }
                angle += k.is("<") ? 1 : k.is(">") ? -1 : 0;
                p++;
            }
        }

        private void skipBalanced() {
            int depth = 0;
            while (p < t.size()) {
                Token k = t.get(p++);
                depth += k.is("(") || k.is("[") || k.is("{") ? 1 : k.is(")") || k.is("]") || k.is("}") ? -1 : 0;
                if (depth == 0) {
                    return;
                }
            }
        }

        private void add(Reference r) {
            if (r != null) {
                out.add(r);
            }
        }
    }
}
