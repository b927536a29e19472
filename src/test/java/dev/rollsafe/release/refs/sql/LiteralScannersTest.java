package dev.rollsafe.release.refs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.parse.LineIndex;
import dev.rollsafe.parse.QueryReferences;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The string lexers one form at a time: values, where they start (line), and what is not a literal. */
class LiteralScannersTest {
    private static final String H = QueryReferences.PLACEHOLDER;

    private static List<String> values(String path, String src) {
        List<String> out = new ArrayList<>();
        for (Literal l : SourceLanguage.of(path).literals(src)) {
            out.add(l.text());
        }
        return out;
    }

    private static List<Integer> lines(String path, String src) {
        LineIndex idx = new LineIndex(src);
        List<Integer> out = new ArrayList<>();
        for (Literal l : SourceLanguage.of(path).literals(src)) {
            out.add(idx.line(l.start()));
        }
        return out;
    }

    @Test
    void javaEscapesTextBlocksCommentsAndChars() {
        String src = "// \"not\"\n/* \"no\" */ char c = '\"'; char d = '\\''; String s = \"a\\\"b\\n\";\n"
                + "String t = \"\"\"\n    x \"y\"\n    \"\"\";";
        assertEquals(List.of("a\"b\n", "    x \"y\"\n    "), values("A.java", src));
        assertEquals(List.of(2, 3), lines("A.java", src));
    }

    @Test
    void javaJoinsConcatenationAcrossLinesAndAroundAName() {
        String src = "q(\"SELECT a \"\n   + \"FROM t\");\nr(\"x = \" + name + \" AND y\");\nf(\"a\", \"b\");";
        assertEquals(List.of("SELECT a FROM t", "x = " + H + " AND y", "a", "b"), values("A.java", src));
        assertEquals(List.of(1, 3, 4, 4), lines("A.java", src));
    }

    @Test
    void javaNameAppendedLastBecomesAPlaceholder() {
        assertEquals(List.of("WHERE d = " + H, "x" + H, "y"),
                values("A.java", "q = \"WHERE d = \" + isDeleted;\nf(\"x\" + a.b(), \"y\" + 1);"));
    }

    @Test
    void unterminatedLiteralIsNothing() {
        assertEquals(List.of("ok"), values("A.java", "String s = \"broken\nString t = \"ok\";"));
    }

    @Test
    void kotlinTemplatesAndRawStrings() {
        assertEquals(List.of("a " + H + " b " + H + "!", "raw \\n " + H),
                values("A.kt", "val s = \"a $x b ${f(\"q\")}!\"\nval r = \"\"\"raw \\n ${y}\"\"\""));
    }

    @Test
    void goRawStringsAndRunes() {
        String src = "r := '\"'\ns := '\\''\nconst q = `\nSELECT \"x\"\n`\nt := \"a\\tb\"";
        assertEquals(List.of("\nSELECT \"x\"\n", "a\tb"), values("q.sql.go", src));
        assertEquals(List.of(3, 6), lines("q.sql.go", src));
    }

    @Test
    void pythonPrefixesTriplesFStringsAndImplicitJoin() {
        String src = "# 'no'\na = r'\\d'\nb = f\"x {y} {{z}}\"\nc = '''m\nn'''\nd = (\"p \"\n     \"q\")\ne = Rb'k'";
        assertEquals(List.of("\\d", "x " + H + " {z}", "m\nn", "p q", "k"), values("m.py", src));
        assertEquals(List.of(2, 3, 4, 6, 8), lines("m.py", src));
    }

    @Test
    void pythonIdentifierEndingInLetterIsNoPrefix() {
        assertEquals(List.of("a"), values("m.py", "bar(\"a\")"));
    }

    @Test
    void scriptTemplatesRegexAndComments() {
        String src = "// 'no'\nconst r = /\"[/]\"/;\nconst t = `a ${b ? \"c\" : d} e`;\nconst s = x / 2 + 'f';";
        assertEquals(List.of("a " + H + " e", "f"), values("a.ts", src));
        assertEquals(List.of(3, 4), lines("a.ts", src));
    }

    @Test
    void rubyHeredocsQuotesAndComments() {
        String src = "# \"no\"\nx = \"a #{b} c\"\ny = <<~SQL\n  SELECT 1\n  SQL\nz = <<~'RAW' + <<~B\n #{k}\nRAW\n two\nB\n";
        assertEquals(List.of("a " + H + " c", "  SELECT 1\n", " #{k}\n", " two\n"), values("u.rb", src));
        assertEquals(List.of(2, 3, 6, 6), lines("u.rb", src));
    }

    @Test
    void rustRawStringsLifetimesAndNestedComments() {
        String src = "/* a /* \"no\" */ \"still no\" */\nfn f<'a>(x: &'a str) {\n let q = r##\"a \"# b\"##;\n"
                + " let c = '\"';\n let s = b\"z\";\n}";
        assertEquals(List.of("a \"# b", "z"), values("l.rs", src));
        assertEquals(List.of(3, 5), lines("l.rs", src));
    }
}
