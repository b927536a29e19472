package dev.rollsafe.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.engine.Fixer;
import dev.rollsafe.engine.UnifiedDiff;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Fix;
import dev.rollsafe.rules.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edit arithmetic and the diff, without the engine. */
class FixerTest {

    private static Finding finding(String rule, Fix fix) {
        return new Finding(rule, Level.ERROR, "m.sql", 1, 1, 1, 2, "m", "h", List.of(), fix);
    }

    @Test
    void appliesEditsInOffsetOrderWhateverTheFindingOrder() {
        Fixer.Applied a = Fixer.apply("abcdef", List.of(
                finding("r1", Fix.of(new Fix.Edit(4, 5, "E"))),
                finding("r2", Fix.of(new Fix.Edit(0, 0, ">"), new Fix.Edit(2, 2, "|")))));
        assertEquals(">ab|cdEf", a.text());
        assertEquals(List.of(), a.notes());
    }

    @Test
    void overlappingFixIsSkippedWholeWithANote() {
        Fixer.Applied a = Fixer.apply("abcdef", List.of(
                finding("r1", Fix.of(new Fix.Edit(1, 4, "X"))),
                finding("r2", Fix.of(new Fix.Edit(0, 0, "<"), new Fix.Edit(3, 5, "Y")))));
        assertEquals("aXef", a.text());
        assertEquals(1, a.notes().size());
        assertEquals(true, a.notes().get(0).contains("r2: not fixed"));
    }

    @Test
    void identicalEditsAreShared() {
        Fix.Edit same = new Fix.Edit(0, 0, "SET x;\n");
        Fixer.Applied a = Fixer.apply("A;\nB;\n", List.of(finding("r", Fix.of(same)), finding("r", Fix.of(same))));
        assertEquals("SET x;\nA;\nB;\n", a.text());
    }

    @Test
    void editPastTheEndIsRefused() {
        Fixer.Applied a = Fixer.apply("abc", List.of(finding("r", Fix.of(new Fix.Edit(2, 9, "X")))));
        assertEquals("abc", a.text());
        assertEquals(1, a.notes().size());
    }

    @Test
    void diffHasHunksWithContextAndNothingForEqualTexts() {
        assertEquals("", UnifiedDiff.of("f", "a\n", "a\n"));
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        String after = "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\nzwölf\n";
        assertEquals("--- a/f\n+++ b/f\n@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n@@ -9,4 +10,4 @@\n 9\n 10\n 11\n-12\n+zwölf\n",
                UnifiedDiff.of("f", before, after));
        assertEquals("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n",
                UnifiedDiff.of("f", "x", "y"));
    }
}
