package dev.rollsafe.release.history;

import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs a set of one tree with its counterpart in another tree. The same folder and dialect is the counterpart;
 * otherwise the set of the same layout sharing the most migrations (by identity and content, then by identity),
 * so that a moved folder finds itself and hawkbit's MYSQL folder does not pair with H2 just because both have
 * a {@code V1_12_15}. Indexes each set once.
 */
final class SetMatcher {
    private final Map<ShippedSet, Map<String, ShippedMigration>> index = new IdentityHashMap<>();

    Map<String, ShippedMigration> byIdentity(ShippedSet set) {
        return index.computeIfAbsent(set, s -> {
            Map<String, ShippedMigration> m = new LinkedHashMap<>();
            for (ShippedMigration x : s.migrations()) {
                if (x.deploy()) {
                    m.putIfAbsent(x.identity(), x);
                }
            }
            return m;
        });
    }

    /** The counterpart of {@code set} among {@code others}, or null when none shares a folder or a migration. */
    ShippedSet counterpart(ShippedSet set, List<ShippedSet> others) {
        ShippedSet best = null;
        long bestScore = 0;
        Map<String, ShippedMigration> mine = byIdentity(set);
        for (ShippedSet o : others) {
            if (!o.layout().equals(set.layout())) {
                continue;
            }
            long score = 0;
            if (o.root().equals(set.root()) && o.dialect().equals(set.dialect())) {
                score += 1_000_000_000_000L;
            }
            Map<String, ShippedMigration> theirs = byIdentity(o);
            long exact = 0;
            long same = 0;
            for (Map.Entry<String, ShippedMigration> e : mine.entrySet()) {
                ShippedMigration t = theirs.get(e.getKey());
                if (t != null) {
                    same++;
                    if (t.contentHash() != null && t.contentHash().equals(e.getValue().contentHash())) {
                        exact++;
                    }
                }
            }
            if (exact == 0 && same == 0 && score == 0) {
                continue;
            }
            score += exact * 1_000_000L + (o.dialect().equals(set.dialect()) ? 100_000L : 0) + same;
            if (score > bestScore) {
                best = o;
                bestScore = score;
            }
        }
        return best;
    }
}
