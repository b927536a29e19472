package dev.rollsafe.release.refs.sql;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The languages whose string literals are read, by file extension, with their concatenation forms. */
enum SourceLanguage {
    JAVA(JavaStrings::new, true, false, ".java"),
    KOTLIN(KotlinStrings::new, true, false, ".kt", ".kts"),
    GO(GoStrings::new, true, false, ".go"),
    PYTHON(PythonStrings::new, true, true, ".py"),
    SCRIPT(ScriptStrings::new, true, false, ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs"),
    RUBY(RubyStrings::new, true, false, ".rb"),
    RUST(RustStrings::new, false, false, ".rs");

    private final Function<String, LiteralScanner> scanner;
    private final boolean plus;
    private final boolean adjacent;
    private final List<String> extensions;

    SourceLanguage(Function<String, LiteralScanner> scanner, boolean plus, boolean adjacent, String... extensions) {
        this.scanner = scanner;
        this.plus = plus;
        this.adjacent = adjacent;
        this.extensions = List.of(extensions);
    }

    /** The language of a path, or null. */
    static SourceLanguage of(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        for (SourceLanguage l : values()) {
            for (String e : l.extensions) {
                if (p.endsWith(e)) {
                    return l;
                }
            }
        }
        return null;
    }

    /** True for the languages whose code may hold JPQL (Java, Kotlin). */
    boolean mayHoldJpql() {
        return this == JAVA || this == KOTLIN;
    }

    /** The file's string literals, simple concatenations joined, in order of their starts. */
    List<Literal> literals(String src) {
        return Concatenation.join(src, scanner.apply(src).scan(), plus, adjacent);
    }
}
