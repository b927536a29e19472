package dev.rollsafe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.model.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the fuzz test ({@code dev.rollsafe.fuzz.ReaderFuzzTest}) found in the splitter, pinned down. */
class SplitterFuzzFindingsTest {

    private static List<String> single(String text, String delimiter) {
        return Splitter.split(text, 0, text.length(), Dialect.POSTGRESQL, delimiter, true).statements().stream()
                .map(RawStatement::text).toList();
    }

    @Test
    void singleStatementLeavesOutADelimiterBeforeTheFirstToken() {
        // was "\nSELECT 1": the leading delimiter became the statement's first token, so the statement
        // started with white space and its line was the blank one before it
        assertEquals(List.of("SELECT 1"), single("\nSELECT 1\n", "\n"));
        assertEquals(List.of("SELECT 1"), single(";;SELECT 1;", ";"));
        assertEquals(List.of(), single(" ; ;", ";"));
    }

    @Test
    void singleStatementLeavesOutARunOfTrailingDelimiters() {
        // was "SELECT 1;": only the last of the trailing delimiters was left out
        assertEquals(List.of("SELECT 1"), single("SELECT 1;;", ";"));
        assertEquals(List.of("SELECT 1"), single("SELECT 1; -- done\n;", ";"));
        assertEquals(List.of("SELECT 1; SELECT 2"), single("SELECT 1; SELECT 2;", ";"));
    }
}
