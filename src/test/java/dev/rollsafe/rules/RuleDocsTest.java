package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuleDocsTest {

    @Test
    void splitsTitleSummaryAndBody() {
        RuleDoc doc = RuleDocs.parse("x", "\uFEFF# x: a hazard\r\n\r\nFirst line\r\ncontinues.\r\n\r\n## More\r\ntext\r\n");
        assertEquals("x: a hazard", doc.title());
        assertEquals("First line continues.", doc.summary());
        assertEquals("First line\ncontinues.\n\n## More\ntext", doc.body());
    }

    @Test
    void toleratesDocWithoutHeading() {
        RuleDoc doc = RuleDocs.parse("x", "Just text.\n");
        assertEquals("x", doc.title());
        assertEquals("Just text.", doc.summary());
        assertEquals("Just text.", doc.body());
    }

    @Test
    void readsShippedDocFromClasspath() {
        RuleDoc doc = new RuleDocs().find("unparsed-statement").orElseThrow();
        assertTrue(doc.title().startsWith("unparsed-statement"), doc.title());
        assertTrue(doc.markdown().contains("```sql"), "the doc shows examples");
    }

    @Test
    void unknownOrOddIdsHaveNoDoc() {
        assertTrue(new RuleDocs().find("no-such-rule").isEmpty());
        assertTrue(new RuleDocs().find("../secret").isEmpty());
        assertTrue(new RuleDocs().find(null).isEmpty());
    }
}
