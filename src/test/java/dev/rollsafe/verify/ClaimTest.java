package dev.rollsafe.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim line and its comparison with what the server showed, without a server. */
class ClaimTest {

    @Test
    void readsTheFirstClaimLine() {
        Claim c = Claim.find(List.of("# x", "", "Claim: postgresql lock=ShareLock tables=1 scan=yes since=9.5",
                "Claim: mysql lock=x")).orElseThrow();
        assertEquals("postgresql", c.dialect());
        assertEquals("ShareLock", c.fact("lock").orElseThrow());
        assertEquals(905, c.since());
        assertTrue(Claim.find(List.of("no claim here")).isEmpty());
    }

    @Test
    void theNotFlaggedLineIsReadApart() {
        List<String> doc = List.of("Claim: postgresql not-flagged rewrite=no since=11",
                "Claim: postgresql lock=AccessExclusiveLock rewrite=yes");
        Claim flagged = Claim.find(doc).orElseThrow();
        assertEquals("yes", flagged.fact("rewrite").orElseThrow());
        Claim quiet = Claim.findNotFlagged(doc).orElseThrow();
        assertEquals("no", quiet.fact("rewrite").orElseThrow());
        assertEquals(1100, quiet.since());
        assertTrue(Claim.findNotFlagged(List.of("Claim: postgresql lock=ShareLock")).isEmpty());
    }

    @Test
    void aLaterUseInTheSameTransactionIsCompared() {
        Claim claim = Claim.parse("postgresql rewrite=no use-in-transaction=refused");
        assertEquals(List.of(), new Observation(null, Map.of(), false, false, null, "55P04").mismatches(claim));
        assertEquals(1, new Observation(null, Map.of(), false, false, null, null).mismatches(claim).size());
        assertEquals(1, new Observation(null, Map.of(), false, false, null, "22P02").mismatches(claim).size());
    }

    @Test
    void malformedClaimsAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> Claim.parse("postgresql lock"));
        assertThrows(IllegalArgumentException.class, () -> Claim.parse("postgresql"));
        assertThrows(IllegalArgumentException.class, () -> Claim.parse("postgresql lock="));
    }

    @Test
    void anObservationThatDiffersIsReported() {
        Claim claim = Claim.parse("postgresql lock=ShareRowExclusiveLock tables=2 rewrite=no scan=yes");
        Observation same = new Observation("ShareRowExclusiveLock",
                Map.of("orders", "ShareRowExclusiveLock", "customers", "ShareRowExclusiveLock"), false, true, null);
        assertEquals(List.of(), same.mismatches(claim));
        Observation weaker = new Observation("ShareRowExclusiveLock",
                Map.of("orders", "ShareRowExclusiveLock", "customers", "RowShareLock"), true, false, null);
        assertEquals(3, weaker.mismatches(claim).size(), weaker.mismatches(claim).toString());
        Observation refused = new Observation(null, Map.of(), false, false, "25001");
        assertEquals(List.of(), refused.mismatches(Claim.parse("postgresql in-transaction=refused")));
        assertEquals(1, refused.mismatches(claim).size());
    }

    @Test
    void versionsCompareAcrossTheNumberingChange() {
        assertEquals(906, PgServer.versionNumber("9.6"));
        assertEquals(1500, PgServer.versionNumber("15.4"));
        assertEquals(1500, PgServer.fromServerVersionNum(150020));
        assertEquals(906, PgServer.fromServerVersionNum(90624));
    }
}
