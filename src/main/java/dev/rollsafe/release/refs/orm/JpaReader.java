package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.refs.orm.JpaClass.Annotation;
import dev.rollsafe.release.refs.orm.JpaClass.Member;
import dev.rollsafe.release.refs.orm.JpaClass.Other;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the classes of one Java or Kotlin file from its tokens: class annotations, superclass, fields or
 * properties (Kotlin primary-constructor properties too) and annotated methods. Enum, interface and record
 * bodies are skipped. String constants of the same file ({@code static final String T = "t"},
 * {@code const val T = "t"}) are resolved inside annotation arguments.
 */
final class JpaReader {
    private static final Set<String> JAVA_TYPES = Set.of("class", "interface", "enum", "record");
    private static final Set<String> KOTLIN_TYPES = Set.of("class", "interface", "object");

    private final List<Token> t;
    private final boolean kotlin;
    private final Lines lines;
    private final Map<String, String> constants = new HashMap<>();
    private final List<JpaClass> classes = new ArrayList<>();
    private static final int MAX_NESTING = 32;
    private int p;
    private int nesting;
    /** The last type argument {@link #skipAngles} passed ({@code V} of {@code Map<K, V>}), or null. */
    private String typeArgument;

    private JpaReader(List<Token> tokens, boolean kotlin, Lines lines) {
        this.t = tokens;
        this.kotlin = kotlin;
        this.lines = lines;
    }

    static List<JpaClass> read(String path, String text) {
        boolean kotlin = path.endsWith(".kt") || path.endsWith(".kts");
        List<Token> tokens = Lexer.tokens(text, kotlin ? Lexer.Flavor.KOTLIN : Lexer.Flavor.JAVA);
        JpaReader r = new JpaReader(tokens, kotlin, new Lines(path, text, "jpa"));
        r.collectConstants();
        r.run();
        return r.classes;
    }

    /** {@code NAME = "a" + "b"} after a type or keyword: a string constant annotations may name. */
    private void collectConstants() {
        for (int q = 1; q + 2 < t.size(); q++) {
            if (!t.get(q).isIdent() || !t.get(q + 1).is("=") || !t.get(q - 1).isIdent()) {
                continue;
            }
            StringBuilder value = new StringBuilder();
            int r = q + 2;
            while (r < t.size() && t.get(r).isString()) {
                value.append(t.get(r).text());
                r += r + 1 < t.size() && t.get(r + 1).is("+") ? 2 : 1;
            }
            Token after = tok(r);
            if (r > q + 2 && (after == null || after.is(";") || after.lineStart()) && !t.get(r - 1).is("+")) {
                constants.putIfAbsent(t.get(q).text(), value.toString());
            }
        }
    }

    private void run() {
        List<Annotation> pending = new ArrayList<>();
        while (p < t.size()) {
            if (typeKeyword()) {
                typeDecl(pending);
                pending = new ArrayList<>();
            } else if (at("@")) {
                pending.add(annotation());
            } else {
                if (at(";")) {
                    pending = new ArrayList<>();
                }
                p++;
            }
        }
    }

    /** True at a class-like keyword in declaration position ({@code @interface} included). */
    private boolean typeKeyword() {
        if (at("@") && tok(p + 1) != null && tok(p + 1).is("interface")) {
            p++;
            return true;
        }
        Token k = tok(p);
        if (k == null || !k.isIdent() || !(kotlin ? KOTLIN_TYPES : JAVA_TYPES).contains(k.text())) {
            return false;
        }
        Token prev = tok(p - 1);
        if (prev != null && (prev.is(".") || prev.is("::"))) {
            return false;
        }
        if (k.text().equals("record")) {
            Token n = tok(p + 1);
            Token n2 = tok(p + 2);
            return n != null && n.isIdent() && n2 != null && (n2.is("(") || n2.is("<"));
        }
        return true;
    }

    private void typeDecl(List<Annotation> annotations) {
        String kw = t.get(p).text();
        int line = t.get(p).line();
        p++;
        String name = "";
        if (tok(p) != null && tok(p).isIdent()) {
            name = t.get(p++).text();
        }
        String superName = null;
        List<Member> members = new ArrayList<>();
        boolean plain = kw.equals("class") || (kotlin && kw.equals("object"));
        while (p < t.size()) {
            Token k = t.get(p);
            if (k.is("{")) {
                p++;
                if (plain && nesting < MAX_NESTING) {
                    nesting++;
                    body(members);
                    nesting--;
                } else {
                    skipRest(1);
                }
                break;
            }
            if (k.is(";") || (kotlin && k.lineStart() && endsKotlinHeader(k))) {
                break;
            }
            if (k.is("(")) {
                if (kotlin && plain && superName == null) {
                    constructor(members);
                } else {
                    skipBalanced();
                }
            } else if (k.is("<")) {
                skipAngles();
            } else if ((k.is("extends") || (kotlin && k.is(":"))) && superName == null) {
                p++;
                superName = typeName();
            } else {
                p++;
            }
        }
        classes.add(new JpaClass(name, superName, List.copyOf(annotations), List.copyOf(members), line, lines));
    }

    private boolean endsKotlinHeader(Token k) {
        return k.is("@") || k.is("}") || k.is("val") || k.is("var") || k.is("fun") || k.is("class")
                || k.is("private") || k.is("public") || k.is("internal") || k.is("data") || k.is("open")
                || k.is("object");
    }

    /** Members of a class body, p just after its '{'; consumes the closing '}'. */
    private void body(List<Member> members) {
        List<Annotation> pending = new ArrayList<>();
        boolean isStatic = false;
        boolean isTransient = false;
        String type = null;
        String element = null;
        while (p < t.size()) {
            Token k = t.get(p);
            if (k.is("}")) {
                p++;
                return;
            }
            if (typeKeyword()) {
                typeDecl(pending);
            } else if (k.is("@")) {
                pending.add(annotation());
                continue;
            } else if (k.is("{")) {
                skipBalanced();
            } else if (k.is(";")) {
                p++;
            } else if (kotlin) {
                kotlinMember(members, pending);
                continue;
            } else if (k.isIdent() && (k.is("static") || k.is("transient"))) {
                isStatic |= k.is("static");
                isTransient |= k.is("transient");
                p++;
                continue;
            } else if (k.is("<")) {
                skipAngles();
                element = type == null ? null : typeArgument;
                continue;
            } else if (k.isIdent() && next("(")) {
                if (!pending.isEmpty()) {
                    members.add(new Member(k.text(), type, element, k.line(), List.copyOf(pending), isStatic, false,
                            true));
                }
                p++;
                skipBalanced();
                skipToBodyOrSemicolon();
            } else if (k.isIdent() && (next("=") || next(";") || next(","))) {
                members.add(new Member(k.text(), type, element, k.line(), List.copyOf(pending), isStatic,
                        isTransient, false));
                p++;
                if (at("=")) {
                    skipInitializer();
                }
                if (at(",")) {
                    p++;
                    continue;
                }
            } else {
                if (k.isIdent() && type == null && !next(".") && !isModifier(k.text())) {
                    type = k.text();
                }
                p++;
                continue;
            }
            pending = new ArrayList<>();
            isStatic = false;
            isTransient = false;
            type = null;
            element = null;
        }
    }

    private static boolean isModifier(String w) {
        return switch (w) {
            case "public", "protected", "private", "final", "abstract", "volatile", "synchronized", "native",
                 "default", "strictfp" -> true;
            default -> false;
        };
    }

    /** One step of a Kotlin class body: a val/var property, or anything else skipped. */
    private void kotlinMember(List<Member> members, List<Annotation> pending) {
        Token k = t.get(p);
        if ((k.is("val") || k.is("var")) && tok(p + 1) != null && tok(p + 1).isIdent()) {
            members.add(property(pending));
            pending.clear();
        } else if (k.is("(")) {
            skipBalanced();
        } else {
            if (k.is("fun")) {
                pending.clear();
            }
            p++;
        }
    }

    /** A Kotlin property at val/var: name, and the type after ':'. */
    private Member property(List<Annotation> annotations) {
        p++;
        Token name = t.get(p++);
        String type = null;
        String element = null;
        if (at(":")) {
            p++;
            typeArgument = null;
            type = typeName();
            element = typeArgument;
        }
        return new Member(name.text(), type, element, name.line(), List.copyOf(annotations), false, false, false);
    }

    /** A Kotlin primary constructor, p at '(': its val/var parameters are properties. */
    private void constructor(List<Member> members) {
        p++;
        List<Annotation> pending = new ArrayList<>();
        while (p < t.size() && !at(")")) {
            if (at("@")) {
                pending.add(annotation());
            } else if ((at("val") || at("var")) && tok(p + 1) != null && tok(p + 1).isIdent()) {
                members.add(property(pending));
                pending = new ArrayList<>();
            } else if (at(",")) {
                pending = new ArrayList<>();
                p++;
            } else if (at("(") || at("{") || at("[")) {
                skipBalanced();
            } else {
                p++;
            }
        }
        p++;
    }

    /** A possibly qualified type name at p; returns its last part, consuming generic arguments. */
    private String typeName() {
        String name = null;
        while (p < t.size() && t.get(p).isIdent()) {
            name = t.get(p++).text();
            if (!at(".")) {
                break;
            }
            p++;
        }
        if (at("<")) {
            skipAngles();
        }
        return name;
    }

    /** An annotation at p ('@', or a Kotlin nested annotation's name). */
    private Annotation annotation() {
        int line = t.get(p).line();
        if (at("@")) {
            p++;
        }
        if (tok(p + 1) != null && tok(p + 1).is(":") && tok(p).isIdent()) {
            p += 2;
        }
        String name = "";
        while (p < t.size() && t.get(p).isIdent()) {
            name = t.get(p++).text();
            if (!at(".") || tok(p + 1) == null || !tok(p + 1).isIdent()) {
                break;
            }
            p++;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        Map<String, Integer> argLines = new HashMap<>();
        if (at("(")) {
            arguments(args, argLines);
        }
        return new Annotation(name, line, args, argLines);
    }

    private void arguments(Map<String, Object> args, Map<String, Integer> argLines) {
        p++;
        while (p < t.size()) {
            if (at(")")) {
                p++;
                return;
            }
            String key = "value";
            if (t.get(p).isIdent() && next("=") && !(tok(p + 2) != null && tok(p + 2).is("="))) {
                key = t.get(p).text();
                p += 2;
            }
            int before = p;
            if (p < t.size()) {
                argLines.putIfAbsent(key, t.get(p).line());
            }
            args.putIfAbsent(key, value());
            if (at(",")) {
                p++;
            } else if (!at(")") && p == before) {
                p++;
            }
        }
    }

    private Object value() {
        Token k = tok(p);
        if (k == null) {
            return new Other("");
        }
        if (nesting >= MAX_NESTING) {
            return expression();
        }
        nesting++;
        try {
            return nestedValue(k);
        } finally {
            nesting--;
        }
    }

    private Object nestedValue(Token k) {
        if (k.is("@")) {
            return annotation();
        }
        if (k.is("{") || k.is("[") || (kotlin && k.is("arrayOf") && next("("))) {
            return list();
        }
        if (kotlin && k.isIdent() && Character.isUpperCase(k.text().charAt(0)) && next("(")) {
            return annotation();
        }
        return expression();
    }

    private List<Object> list() {
        if (at("arrayOf")) {
            p++;
        }
        String close = at("{") ? "}" : at("[") ? "]" : ")";
        p++;
        List<Object> out = new ArrayList<>();
        while (p < t.size() && !at(close)) {
            int before = p;
            out.add(value());
            if (at(",")) {
                p++;
            } else if (p == before) {
                p++;
            }
        }
        p++;
        return out;
    }

    /** Strings, known constants and '+' between them; anything else up to the next ',' or closer is Other. */
    private Object expression() {
        StringBuilder str = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        boolean known = true;
        int depth = 0;
        while (p < t.size()) {
            Token k = t.get(p);
            if (depth == 0 && (k.is(",") || k.is(")") || k.is("}") || k.is("]"))) {
                break;
            }
            if (k.is("(") || k.is("{") || k.is("[")) {
                depth++;
            } else if (k.is(")") || k.is("}") || k.is("]")) {
                depth--;
            }
            raw.append(k.text());
            if (k.isString()) {
                str.append(k.text());
            } else if (k.isIdent() && !next(".") && constants.containsKey(k.text())) {
                str.append(constants.get(k.text()));
            } else if (!k.is("+") && !(k.isIdent() && next("."))
                    && !(k.is(".") && tok(p + 1) != null && tok(p + 1).isIdent())) {
                known = false;
            }
            p++;
        }
        return known && raw.length() > 0 ? str.toString() : new Other(raw.toString());
    }

    private void skipInitializer() {
        int depth = 0;
        while (p < t.size()) {
            Token k = t.get(p);
            if (depth == 0 && (k.is(",") || k.is(";") || k.is("}"))) {
                return;
            }
            if (k.is("(") || k.is("{") || k.is("[")) {
                depth++;
            } else if (k.is(")") || k.is("}") || k.is("]")) {
                depth--;
            }
            p++;
        }
    }

    private void skipToBodyOrSemicolon() {
        while (p < t.size()) {
            if (at(";")) {
                p++;
                return;
            }
            if (at("{")) {
                skipBalanced();
                return;
            }
            if (at("(")) {
                skipBalanced();
            } else {
                p++;
            }
        }
    }

    /** At an opening bracket: skips to after its match. */
    private void skipBalanced() {
        p++;
        skipRest(1);
    }

    private void skipRest(int depth) {
        while (p < t.size() && depth > 0) {
            Token k = t.get(p++);
            if (k.is("(") || k.is("{") || k.is("[")) {
                depth++;
            } else if (k.is(")") || k.is("}") || k.is("]")) {
                depth--;
            }
        }
    }

    private void skipAngles() {
        int depth = 0;
        typeArgument = null;
        while (p < t.size()) {
            Token k = t.get(p);
            if (k.isIdent() && (next(",") || next(">"))) {
                typeArgument = k.text();
            }
            if (k.is("<")) {
                depth++;
            } else if (k.is(">")) {
                depth--;
            } else if (k.is(";") || k.is("{") || k.is("=") || k.is(")")) {
                return;
            }
            p++;
            if (depth <= 0) {
                return;
            }
        }
    }

    private boolean at(String s) {
        return p < t.size() && t.get(p).is(s);
    }

    private boolean next(String s) {
        return p + 1 < t.size() && t.get(p + 1).is(s);
    }

    private Token tok(int at) {
        return at >= 0 && at < t.size() ? t.get(at) : null;
    }
}
