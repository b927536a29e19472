package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.Reference.Confidence;
import dev.rollsafe.release.Reference.Usage;
import dev.rollsafe.release.ReferenceFinder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * References from SQLAlchemy models: declarative classes with {@code __tablename__ = "t"} and
 * {@code Column(...)} / {@code mapped_column(...)} attributes (the column from the first string argument or
 * {@code name=}, else the attribute name), SQLAlchemy 2 {@code Mapped[...]} annotations without a value,
 * columns of mixins and of single-table subclasses in the same file, and {@code Table("t", metadata,
 * Column("c", ...))}. Names keep their case (SQLAlchemy quotes mixed-case names). Usage MAPPED.
 */
public final class SqlAlchemyFinder implements ReferenceFinder {
    private static final Set<String> COLUMN_CALLS = Set.of("Column", "mapped_column");
    private static final Set<String> COLLECTIONS = Set.of("List", "list", "Set", "set", "Dict", "dict");

    @Override
    public String id() {
        return "sqlalchemy";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".py");
    }

    private record Col(String name, int line) {
    }

    private static final class PyClass {
        final String name;
        final int indent;
        final List<String> bases;
        int bodyIndent = -1;
        String table;
        int tableLine;
        final List<Col> columns = new ArrayList<>();

        PyClass(String name, int indent, List<String> bases) {
            this.name = name;
            this.indent = indent;
            this.bases = bases;
        }
    }

    @Override
    public List<Reference> find(String path, String text) {
        try {
            if (text == null || !(text.contains("Column") || text.contains("mapped_column") || text.contains("Mapped"))) {
                return List.of();
            }
            Lines lines = new Lines(path, text, id());
            LinkedHashSet<Reference> out = new LinkedHashSet<>();
            Map<String, PyClass> classes = new LinkedHashMap<>();
            Deque<PyClass> open = new ArrayDeque<>();
            for (List<Token> l : PythonTokens.statements(Lexer.tokens(text, Lexer.Flavor.PYTHON))) {
                int indent = l.get(0).col();
                while (!open.isEmpty() && open.peek().indent >= indent) {
                    open.pop();
                }
                if (l.get(0).is("class") && l.size() > 1 && l.get(1).isIdent()) {
                    PyClass c = new PyClass(l.get(1).text(), indent, bases(l));
                    classes.putIfAbsent(c.name, c);
                    open.push(c);
                    continue;
                }
                PyClass top = open.peek();
                if (top != null && top.bodyIndent < 0) {
                    top.bodyIndent = indent;
                }
                if (top != null && indent == top.bodyIndent) {
                    member(top, l);
                }
                tableCalls(l, lines, out);
            }
            for (PyClass c : classes.values()) {
                classReferences(c, classes, lines, out);
            }
            return new ArrayList<>(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static void classReferences(PyClass c, Map<String, PyClass> classes, Lines lines,
                                        LinkedHashSet<Reference> out) {
        String table = c.table == null ? null : Naming.quoted(c.table);
        Confidence conf = Confidence.EXACT;
        int line = c.tableLine;
        if (table == null) {
            PyClass parent = parentWithTable(c, classes);
            if (parent == null || c.columns.isEmpty()) {
                return;
            }
            table = Naming.quoted(parent.table);
            conf = Confidence.LIKELY;
        } else {
            add(out, lines.ref(table, null, Usage.MAPPED, line, conf));
        }
        List<Col> cols = new ArrayList<>(c.columns);
        if (c.table != null) {
            for (String base : c.bases) {
                PyClass mixin = classes.get(base);
                if (mixin != null && mixin != c && mixin.table == null) {
                    cols.addAll(mixin.columns);
                }
            }
        }
        for (Col col : cols) {
            add(out, lines.ref(table, Naming.quoted(col.name()), Usage.MAPPED, col.line(), conf));
        }
    }

    private static PyClass parentWithTable(PyClass c, Map<String, PyClass> classes) {
        for (String base : c.bases) {
            PyClass p = classes.get(base);
            if (p != null && p != c && p.table != null) {
                return p;
            }
        }
        return null;
    }

    /** One class-body statement: {@code __tablename__}, or an attribute mapped to a column. */
    private static void member(PyClass c, List<Token> l) {
        Token first = l.get(0);
        if (first.is("__tablename__") && l.size() > 2 && l.get(1).is("=") && l.get(2).isString()) {
            c.table = l.get(2).text();
            c.tableLine = l.get(2).line();
            return;
        }
        if (!first.isIdent() || first.text().startsWith("__") || l.size() < 2
                || !(l.get(1).is("=") || l.get(1).is(":"))) {
            return;
        }
        int eq = -1;
        int depth = 0;
        for (int i = 1; i < l.size(); i++) {
            Token k = l.get(i);
            depth += k.is("(") || k.is("[") || k.is("{") ? 1 : k.is(")") || k.is("]") || k.is("}") ? -1 : 0;
            if (depth == 0 && k.is("=")) {
                eq = i;
                break;
            }
        }
        if (eq < 0) {
            boolean mapped = l.stream().anyMatch(k -> k.is("Mapped"));
            boolean collection = l.stream().anyMatch(k -> k.isIdent() && COLLECTIONS.contains(k.text()));
            if (mapped && !collection) {
                c.columns.add(new Col(first.text(), first.line()));
            }
            return;
        }
        for (int i = eq + 1; i + 1 < l.size(); i++) {
            if (l.get(i).is("relationship")) {
                return;
            }
            if (l.get(i).isIdent() && COLUMN_CALLS.contains(l.get(i).text()) && l.get(i + 1).is("(")) {
                String name = columnName(l, i + 1);
                c.columns.add(new Col(name != null ? name : first.text(), first.line()));
                return;
            }
        }
    }

    /** At a call's '(': the first positional string argument, or {@code name="x"}; else null. */
    private static String columnName(List<Token> l, int open) {
        if (open + 1 < l.size() && l.get(open + 1).isString()) {
            return l.get(open + 1).text();
        }
        int depth = 0;
        for (int i = open; i < l.size(); i++) {
            Token k = l.get(i);
            depth += k.is("(") || k.is("[") || k.is("{") ? 1 : k.is(")") || k.is("]") || k.is("}") ? -1 : 0;
            if (depth == 0) {
                return null;
            }
            if (depth == 1 && k.is("name") && i + 2 < l.size() && l.get(i + 1).is("=") && l.get(i + 2).isString()) {
                return l.get(i + 2).text();
            }
        }
        return null;
    }

    /** {@code Table("t", metadata, Column("c", ...), ...)} anywhere in the statement. */
    private static void tableCalls(List<Token> l, Lines lines, LinkedHashSet<Reference> out) {
        for (int i = 0; i + 2 < l.size(); i++) {
            if (!(l.get(i).is("Table") && l.get(i + 1).is("(") && l.get(i + 2).isString())) {
                continue;
            }
            String table = Naming.quoted(l.get(i + 2).text());
            add(out, lines.ref(table, null, Usage.MAPPED, l.get(i).line(), Confidence.EXACT));
            int depth = 0;
            for (int j = i + 1; j + 2 < l.size(); j++) {
                Token k = l.get(j);
                depth += k.is("(") ? 1 : k.is(")") ? -1 : 0;
                if (depth == 0) {
                    break;
                }
                if (depth == 1 && k.isIdent() && COLUMN_CALLS.contains(k.text()) && l.get(j + 1).is("(")
                        && l.get(j + 2).isString()) {
                    add(out, lines.ref(table, Naming.quoted(l.get(j + 2).text()), Usage.MAPPED, k.line(),
                            Confidence.EXACT));
                }
            }
        }
    }

    /** The simple names in {@code class X(a.Base, Mixin):}. */
    private static List<String> bases(List<Token> l) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (int i = 2; i < l.size(); i++) {
            Token k = l.get(i);
            depth += k.is("(") || k.is("[") ? 1 : k.is(")") || k.is("]") ? -1 : 0;
            if (depth == 1 && k.isIdent() && i + 1 < l.size() && (l.get(i + 1).is(",") || l.get(i + 1).is(")"))) {
                out.add(k.text());
            }
        }
        return out;
    }

    private static void add(LinkedHashSet<Reference> out, Reference r) {
        if (r != null) {
            out.add(r);
        }
    }
}
