package dev.rollsafe.parse.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python module read as far as a Django migration needs: its imports, the names it assigns at the top and,
 * for each class, the class's own assignments ({@code dependencies = [...]}, {@code operations = [...]}).
 * Function bodies and other statements are stepped over by their indentation, never interpreted.
 *
 * @param imports  the modules imported ({@code django.db} for {@code from django.db import migrations})
 * @param globals  top-level {@code NAME = expr} assignments
 * @param classes  each class by name: its bases and its {@code NAME = expr} body assignments
 */
public record PyModule(List<String> imports, Map<String, PyExpr> globals, Map<String, PyClass> classes) {

    /** A class statement: where it starts, its bases and the assignments of its body. */
    public record PyClass(String name, int start, List<PyExpr> bases, Map<String, PyExpr> body) {
    }

    public PyClass migrationClass() {
        return classes.get("Migration");
    }

    /** Reads {@code text}; throws when a line the reader needs is outside the subset it knows. */
    public static PyModule parse(String text) throws PySyntaxError {
        List<PyToken> tokens = PyLexer.tokens(text);
        List<List<PyToken>> lines = new ArrayList<>();
        List<PyToken> line = new ArrayList<>();
        for (PyToken t : tokens) {
            if (t.kind() == PyToken.Kind.NEWLINE || t.kind() == PyToken.Kind.END) {
                if (!line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
            } else {
                line.add(t);
            }
        }
        List<String> imports = new ArrayList<>();
        Map<String, PyExpr> globals = new LinkedHashMap<>();
        Map<String, PyClass> classes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            List<PyToken> l = lines.get(i);
            PyToken first = l.get(0);
            if (first.indent() != 0) {
                continue;
            }
            if (first.is("import") || first.is("from")) {
                imports.add(module(l));
            } else if (first.is("class") && l.size() > 1 && l.get(1).kind() == PyToken.Kind.NAME) {
                List<PyExpr> bases = new ArrayList<>();
                if (l.size() > 2 && l.get(2).is("(")) {
                    PyParser p = new PyParser(text, l, 3);
                    bases.addAll(p.items(")"));
                }
                Map<String, PyExpr> body = new LinkedHashMap<>();
                int bodyIndent = -1;
                int j = i + 1;
                for (; j < lines.size() && lines.get(j).get(0).indent() != 0; j++) {
                    List<PyToken> b = lines.get(j);
                    if (bodyIndent < 0) {
                        bodyIndent = b.get(0).indent();
                    }
                    if (b.get(0).indent() == bodyIndent) {
                        assignment(text, b, body);
                    }
                }
                classes.put(l.get(1).value(), new PyClass(l.get(1).value(), first.start(), bases, body));
                i = j - 1;
            } else {
                assignment(text, l, globals);
            }
        }
        return new PyModule(List.copyOf(imports), globals, classes);
    }

    private static void assignment(String text, List<PyToken> l, Map<String, PyExpr> into) throws PySyntaxError {
        if (l.size() >= 3 && l.get(0).kind() == PyToken.Kind.NAME && l.get(1).is("=")) {
            PyParser p = new PyParser(text, l, 2);
            into.put(l.get(0).value(), p.whole());
        }
    }

    private static String module(List<PyToken> l) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k < l.size() && !l.get(k).is("import") && !l.get(k).is(",") && !l.get(k).is("as"); k++) {
            sb.append(l.get(k).value());
        }
        return sb.toString();
    }
}
