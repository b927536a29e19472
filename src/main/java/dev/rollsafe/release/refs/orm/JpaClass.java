package dev.rollsafe.release.refs.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Java or Kotlin class as far as JPA mapping cares: its annotations, superclass and members, each with
 * its annotations and line. The file's {@link Lines} travels along, so an inherited or embedded field is
 * reported in the file that declares it.
 */
record JpaClass(String name, String superName, List<Annotation> annotations, List<Member> members,
                int line, Lines lines) {

    /**
     * A field, Kotlin property, or (with {@code method} set) a method, e.g. an annotated getter.
     *
     * @param type    the simple name of its type (generic arguments left out), or null
     * @param element its last type argument ({@code V} of {@code Map<K, V>}, {@code E} of {@code List<E>}), or null
     */
    record Member(String name, String type, String element, int line, List<Annotation> annotations, boolean isStatic,
                  boolean isTransient, boolean method) {
    }

    /** A value in an annotation's arguments that is not a string, annotation or list (a constant we do not know). */
    record Other(String text) {
    }

    /**
     * One annotation: its simple name, line, and arguments by key ("value" when unnamed) with the line each
     * argument's value starts on. A value is a String, an Annotation, an {@link Other}, or a List of those.
     */
    record Annotation(String name, int line, Map<String, Object> args, Map<String, Integer> argLines) {

        /** The line of this argument's value (a multi-line annotation names the column there), else the annotation's. */
        int line(String key) {
            return argLines.getOrDefault(key, line);
        }

        /** The string argument, or null. */
        String string(String key) {
            return args.get(key) instanceof String s ? s : null;
        }

        /** The annotations under this key (one, or a list of them). */
        List<Annotation> annotations(String key) {
            List<Annotation> out = new ArrayList<>();
            collect(args.get(key), out, Annotation.class);
            return out;
        }

        /** The strings under this key (one, or a list of them). */
        List<String> strings(String key) {
            List<String> out = new ArrayList<>();
            collect(args.get(key), out, String.class);
            return out;
        }

        /** The source text of a non-string value (e.g. an enum constant), or "". */
        String text(String key) {
            Object v = args.get(key);
            return v instanceof Other o ? o.text() : v instanceof String s ? s : "";
        }

        private static <T> void collect(Object v, List<T> out, Class<T> type) {
            if (type.isInstance(v)) {
                out.add(type.cast(v));
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    collect(o, out, type);
                }
            }
        }
    }

    Annotation annotation(String simpleName) {
        return find(annotations, simpleName);
    }

    static Annotation find(List<Annotation> annotations, String simpleName) {
        for (Annotation a : annotations) {
            if (a.name().equals(simpleName)) {
                return a;
            }
        }
        return null;
    }
}
