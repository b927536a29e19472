package dev.rollsafe.parse.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads expressions of one logical line: literals, names, attribute chains, calls, lists, tuples and dicts.
 * What lies outside that (a lambda, {@code Q(a) | Q(b)}, a subscript, a comprehension) becomes
 * {@link PyExpr.Other}, kept as text up to the next comma or closing bracket, so one unusual argument does
 * not make the whole migration unreadable.
 */
final class PyParser {
    private final String text;
    private final List<PyToken> tokens;
    private int i;

    PyParser(String text, List<PyToken> tokens, int from) {
        this.text = text;
        this.tokens = tokens;
        this.i = from;
    }

    /** The rest of the line as one expression (a bare tuple when it has top-level commas). */
    PyExpr whole() throws PySyntaxError {
        int s = peek().start();
        List<PyExpr> items = new ArrayList<>();
        items.add(expr());
        boolean tuple = false;
        while (i < tokens.size() && peek().is(",")) {
            i++;
            tuple = true;
            if (i < tokens.size()) {
                items.add(expr());
            }
        }
        if (i < tokens.size()) {
            throw new PySyntaxError("unexpected '" + peek().value() + "'", peek().start());
        }
        return tuple ? new PyExpr.Seq(items, '(', s, items.get(items.size() - 1).end()) : items.get(0);
    }

    /** Comma-separated expressions up to the closing bracket {@code close}, which is consumed. */
    List<PyExpr> items(String close) throws PySyntaxError {
        List<PyExpr> out = new ArrayList<>();
        while (!peek().is(close)) {
            out.add(expr());
            if (peek().is(",")) {
                i++;
            } else if (!peek().is(close)) {
                throw new PySyntaxError("expected ',' or '" + close + "' but found '" + peek().value() + "'",
                        peek().start());
            }
        }
        i++;
        return out;
    }

    private PyToken peek() throws PySyntaxError {
        if (i >= tokens.size()) {
            int end = tokens.isEmpty() ? text.length() : tokens.get(tokens.size() - 1).end();
            throw new PySyntaxError("the line ends too early", end);
        }
        return tokens.get(i);
    }

    private boolean atBoundary() {
        if (i >= tokens.size()) {
            return true;
        }
        PyToken t = tokens.get(i);
        return t.kind() == PyToken.Kind.OP && (t.is(",") || t.is(")") || t.is("]") || t.is("}") || t.is(":")
                || t.is("="));
    }

    PyExpr expr() throws PySyntaxError {
        int startIndex = i;
        PyExpr e = primary();
        if (e != null && atBoundary()) {
            return e;
        }
        i = startIndex;
        return other();
    }

    /** Skips balanced tokens to the next comma, colon or closing bracket of this level. */
    private PyExpr other() throws PySyntaxError {
        int s = peek().start();
        int end = s;
        int depth = 0;
        if (peek().is("lambda")) {
            // its parameters hold commas: step to the colon that starts its body
            while (i < tokens.size() && !tokens.get(i).is(":")) {
                end = tokens.get(i).end();
                i++;
            }
            if (i < tokens.size()) {
                end = tokens.get(i).end();
                i++;
            }
        }
        while (i < tokens.size()) {
            PyToken t = tokens.get(i);
            if (depth == 0 && (t.is(",") || t.is(")") || t.is("]") || t.is("}") || t.is(":"))) {
                break;
            }
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            }
            end = t.end();
            i++;
        }
        if (end == s) {
            throw new PySyntaxError("expected an expression", s);
        }
        return new PyExpr.Other(text.substring(s, end), s, end);
    }

    /** A literal, name chain, call or display; null when the tokens start something else. */
    private PyExpr primary() throws PySyntaxError {
        PyToken t = peek();
        switch (t.kind()) {
            case STRING: {
                StringBuilder sb = new StringBuilder();
                int end = t.end();
                while (i < tokens.size() && tokens.get(i).kind() == PyToken.Kind.STRING) {
                    sb.append(tokens.get(i).value());
                    end = tokens.get(i).end();
                    i++;
                }
                return new PyExpr.Str(sb.toString(), t.start(), end);
            }
            case NUMBER:
                i++;
                return new PyExpr.Num(t.value(), t.start(), t.end());
            case NAME:
                return nameOrCall();
            case OP:
                if (t.is("-") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == PyToken.Kind.NUMBER) {
                    PyToken n = tokens.get(i + 1);
                    i += 2;
                    return new PyExpr.Num("-" + n.value(), t.start(), n.end());
                }
                if (t.is("[") || t.is("(")) {
                    i++;
                    String close = t.is("[") ? "]" : ")";
                    List<PyExpr> items = items(close);
                    boolean parenthesised = t.is("(") && items.size() == 1
                            && !text.substring(t.start(), tokens.get(i - 1).start()).strip().endsWith(",");
                    if (parenthesised) {
                        return items.get(0);
                    }
                    return new PyExpr.Seq(items, t.value().charAt(0), t.start(), tokens.get(i - 1).end());
                }
                if (t.is("{")) {
                    return dict();
                }
                return null;
            default:
                return null;
        }
    }

    private PyExpr dict() throws PySyntaxError {
        PyToken open = peek();
        i++;
        List<PyExpr> keys = new ArrayList<>();
        List<PyExpr> values = new ArrayList<>();
        List<PyExpr> setItems = new ArrayList<>();
        while (!peek().is("}")) {
            PyExpr k = expr();
            if (peek().is(":")) {
                i++;
                keys.add(k);
                values.add(expr());
            } else {
                setItems.add(k);
            }
            if (peek().is(",")) {
                i++;
            } else if (!peek().is("}")) {
                throw new PySyntaxError("expected ',' or '}' but found '" + peek().value() + "'", peek().start());
            }
        }
        i++;
        int end = tokens.get(i - 1).end();
        if (!setItems.isEmpty() && keys.isEmpty()) {
            return new PyExpr.Seq(setItems, '{', open.start(), end);
        }
        return new PyExpr.Dict(keys, values, open.start(), end);
    }

    private PyExpr nameOrCall() throws PySyntaxError {
        PyToken first = peek();
        if (first.is("True") || first.is("False") || first.is("None")) {
            i++;
            return new PyExpr.Const(first.value(), first.start(), first.end());
        }
        if (first.is("lambda") || first.is("not") || first.is("await") || first.is("yield")) {
            return null;
        }
        StringBuilder dotted = new StringBuilder(first.value());
        int end = first.end();
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).is(".") && tokens.get(i + 1).kind() == PyToken.Kind.NAME) {
            dotted.append('.').append(tokens.get(i + 1).value());
            end = tokens.get(i + 1).end();
            i += 2;
        }
        PyExpr.Ref ref = new PyExpr.Ref(dotted.toString(), first.start(), end);
        if (i < tokens.size() && tokens.get(i).is("(")) {
            i++;
            List<PyExpr> args = new ArrayList<>();
            Map<String, PyExpr> kwargs = new LinkedHashMap<>();
            while (!peek().is(")")) {
                if (peek().kind() == PyToken.Kind.NAME && i + 1 < tokens.size() && tokens.get(i + 1).is("=")) {
                    String key = peek().value();
                    i += 2;
                    kwargs.put(key, expr());
                } else {
                    args.add(expr());
                }
                if (peek().is(",")) {
                    i++;
                } else if (!peek().is(")")) {
                    throw new PySyntaxError("expected ',' or ')' but found '" + peek().value() + "'", peek().start());
                }
            }
            i++;
            return new PyExpr.Call(ref, args, kwargs, first.start(), tokens.get(i - 1).end());
        }
        return ref;
    }
}
