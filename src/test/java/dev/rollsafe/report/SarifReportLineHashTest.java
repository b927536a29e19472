package dev.rollsafe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Test vectors for {@link SarifReportLineHash}. The expected values are the ones GitHub's codeql-action
 * documents for its own implementation of the fingerprint (its fingerprints unit test): rollsafe's values must
 * equal them or GitHub would see a different fingerprint from the one the upload computes.
 */
class SarifReportLineHashTest {

    @Test
    void anEmptyFileHasOneLineWhoseWindowIsTheEndOfFileMarkerAlone() {
        // derived by hand: the window is 0xFFFF followed by 99 zeros, so the hash is 65535 * 37^99 mod 2^64
        BigInteger expected = BigInteger.valueOf(65535).multiply(BigInteger.valueOf(37).pow(99))
                .mod(BigInteger.TWO.pow(64));
        assertEquals(List.of(expected.toString(16) + ":1"), SarifReportLineHash.of(""));
        assertEquals(List.of("c129715d7a2bc9a3:1"), SarifReportLineHash.of("")); // codeql-action's vector
    }

    @Test
    void matchesGitHubsVectorForLeadingSpacesAndTabs() {
        assertEquals(List.of("271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"),
                SarifReportLineHash.of(" a\nb\n  \t\tc\n d"));
    }

    @Test
    void matchesGitHubsVectorsWithoutAndWithAFinalLineBreak() {
        assertEquals(List.of("8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1",
                "b86d3392aea1be30:1", "e6ceba753e1a442:1"),
                SarifReportLineHash.of(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End"));
        List<String> lf = List.of("e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
                "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1");
        assertEquals(lf, SarifReportLineHash.of(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n"));
        // CR, CRLF and a mix of all three read as the same lines
        assertEquals(lf, SarifReportLineHash.of(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r"));
        assertEquals(lf, SarifReportLineHash.of(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n"));
        assertEquals(lf, SarifReportLineHash.of(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n"));
    }

    @Test
    void repeatedLinesAreToldApartByTheirOccurrenceCount() {
        assertEquals(List.of("a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4",
                "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1",
                "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"),
                SarifReportLineHash.of("Lorem ipsum dolor sit amet.\n".repeat(10)));
    }

    @Test
    void aLineKeepsItsHashWhenLinesAreInsertedAboveIt() {
        String statement = "CREATE INDEX idx ON users (email);\n";
        List<String> before = SarifReportLineHash.of("-- one\n" + statement);
        List<String> after = SarifReportLineHash.of("-- one\n-- two\n\n" + statement);
        assertEquals(before.get(1), after.get(3));
        assertNotEquals(before.get(0), before.get(1));
    }

    @Test
    void countsUtf16CodeUnitsAsCharacters() {
        // a character outside the BMP is two code units, as JavaScript's charCodeAt sees it
        String text = "\uD83D\uDE00x";
        BigInteger m = BigInteger.TWO.pow(64);
        BigInteger h = BigInteger.ZERO;
        int[] window = {0xD83D, 0xDE00, 'x', 0xFFFF};
        for (int i = 0; i < 100; i++) {
            h = h.multiply(BigInteger.valueOf(37)).add(BigInteger.valueOf(i < window.length ? window[i] : 0)).mod(m);
        }
        assertEquals(List.of(h.toString(16) + ":1"), SarifReportLineHash.of(text));
    }
}
