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
    void aLockFloorHoldsForEveryTableAtLeastThatStrong() {
        Claim claim = Claim.parse("postgresql lock>=ShareLock");
        assertEquals("ShareLock", claim.fact("lock>=").orElseThrow());
        assertEquals("lock>=ShareLock", claim.text());
        assertEquals(List.of(), new Observation("AccessExclusiveLock", Map.of("users", "AccessExclusiveLock"), false,
                false, null).mismatches(claim));
        assertEquals(List.of(), new Observation("ShareRowExclusiveLock", Map.of("users", "ShareRowExclusiveLock",
                "tenants", "ShareRowExclusiveLock"), false, false, null).mismatches(claim));
        assertEquals(1, new Observation("ShareLock", Map.of("users", "ShareLock", "tenants", "RowShareLock"), false,
                false, null).mismatches(claim).size());
        assertEquals(1, new Observation("ShareUpdateExclusiveLock", Map.of("users", "ShareUpdateExclusiveLock"),
                false, false, null).mismatches(claim).size());
        assertEquals(1, new Observation(null, Map.of(), false, false, null).mismatches(claim).size());
    }

    @Test
    void measuredFactsAreComparedAndAWhenFactFollowsTheLock() {
        Claim claim = Claim.parse("postgresql waits-behind-writer=yes queues-reads=when-AccessExclusiveLock");
        Observation exclusive = new Observation("AccessExclusiveLock", Map.of("t", "AccessExclusiveLock"), false,
                false, null).with("waits-behind-writer", "yes");
        assertEquals(List.of(), exclusive.with("queues-reads", "yes").mismatches(claim));
        assertEquals(1, exclusive.with("queues-reads", "no").mismatches(claim).size());
        Observation share = new Observation("ShareLock", Map.of("t", "ShareLock"), false, false, null)
                .with("waits-behind-writer", "yes");
        assertEquals(List.of(), share.with("queues-reads", "no").mismatches(claim));
        assertEquals(1, share.with("queues-reads", "yes").mismatches(claim).size());
        // a fact no experiment measured is a mismatch, not a silent pass (a misspelt key cannot hide)
        assertEquals(1, share.with("queues-reads", "no").mismatches(
                Claim.parse("postgresql queues-read=no")).size());
        assertEquals(1, share.mismatches(Claim.parse("postgresql queues-reads=no")).size());
    }

    @Test
    void aRefusalWithRowsIsTheClaimedOutcome() {
        Claim flagged = Claim.parse("postgresql with-rows=refused-23502 old-insert=refused-23502");
        Observation refused = new Observation(null, Map.of(), false, false, "23502").with("old-insert",
                "refused-23502");
        assertEquals(List.of(), refused.mismatches(flagged));
        Observation ran = new Observation("AccessExclusiveLock", Map.of("users", "AccessExclusiveLock"), false, false,
                null).with("old-insert", "ok");
        assertEquals(2, ran.mismatches(flagged).size(), ran.mismatches(flagged).toString());
        assertEquals(List.of(), ran.mismatches(Claim.parse("postgresql with-rows=ok old-insert=ok")));
    }

    @Test
    void malformedClaimsAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> Claim.parse("postgresql lock>=ShareLok"));
        assertThrows(IllegalArgumentException.class, () -> Claim.parse("postgresql lock=Share"));
        assertThrows(IllegalArgumentException.class, () -> Claim.parse("postgresql scan>=yes"));
        assertThrows(IllegalArgumentException.class, () -> Claim.parse("postgresql queues-reads=when-Exclusive"));
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
