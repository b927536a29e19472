package dev.rollsafe.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule doc's machine-readable claim about what its flagged statement does on a database server, from a
 * line such as {@code Claim: postgresql lock=ShareLock rewrite=no scan=yes since=8.2}.
 *
 * @param dialect the server the claim is about
 * @param facts   key to value, in the order written: {@code lock} (the strongest lock mode held on every table the
 *                statement locks), {@code lock>=} (written {@code lock>=ShareLock}: on every table it locks, a mode
 *                at least that strong), {@code tables} (how many tables it locks), {@code rewrite} and
 *                {@code scan} ({@code yes}/{@code no}),
 *                {@code in-transaction} ({@code refused}), {@code use-in-transaction} ({@code refused}: a later
 *                statement of the fixture, run in the same transaction, fails with SQLSTATE 55P04),
 *                {@code since} (the first version it holds for), {@code earlier-statements=same-transaction}
 *                (the fixture's earlier statements run in the flagged one's transaction rather than before it),
 *                and the facts of {@link Observation#MEASURED}
 *                (what the statement does beside other sessions, or to the old release's inserts)
 */
record Claim(String dialect, Map<String, String> facts) {
    private static final String PREFIX = "Claim:";
    private static final String NOT_FLAGGED = "not-flagged";

    Claim {
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /**
     * The PostgreSQL claim of a rule doc about the statements its rule flags (other servers' claim lines have their
     * own format and test); a malformed one is an error (a claim that cannot be read is no claim).
     */
    static Optional<Claim> find(List<String> docLines) {
        return find(docLines, false);
    }

    /**
     * The doc's {@code Claim: postgresql not-flagged ...} line: what the server does for the fixture statements
     * marked {@code -- claim: not-flagged} (statements like the flagged ones that the rule rightly lets pass).
     */
    static Optional<Claim> findNotFlagged(List<String> docLines) {
        return find(docLines, true);
    }

    private static Optional<Claim> find(List<String> docLines, boolean notFlagged) {
        String scoped = PREFIX + " postgresql " + NOT_FLAGGED + " ";
        for (String line : docLines) {
            if (line.startsWith(PREFIX + " postgresql ") && line.startsWith(scoped) == notFlagged) {
                String text = line.substring(PREFIX.length()).strip();
                return Optional.of(parse(notFlagged ? text.replaceFirst("\\s+" + NOT_FLAGGED + "\\b", "") : text));
            }
        }
        return Optional.empty();
    }

    static Claim parse(String text) {
        String[] words = text.split("\\s+");
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq <= 0 || eq == words[i].length() - 1) {
                throw new IllegalArgumentException("bad claim fact '" + words[i] + "' in: " + text);
            }
            boolean atLeast = words[i].charAt(eq - 1) == '>';
            String key = atLeast ? words[i].substring(0, eq + 1) : words[i].substring(0, eq);
            String value = words[i].substring(eq + 1);
            if ((key.equals("lock") || key.equals("lock>=")) && !Observation.MODES.contains(value)) {
                throw new IllegalArgumentException("unknown lock mode '" + value + "' in: " + text
                        + " (one of " + Observation.MODES + ")");
            }
            if (value.startsWith("when-") && !Observation.MODES.contains(value.substring("when-".length()))) {
                throw new IllegalArgumentException("unknown lock mode in '" + words[i] + "' in: " + text);
            }
            if (atLeast && !key.equals("lock>=")) {
                throw new IllegalArgumentException("only the lock takes '>=' ('" + words[i] + "' in: " + text + ")");
            }
            facts.put(key, value);
        }
        if (words[0].isEmpty() || facts.isEmpty()) {
            throw new IllegalArgumentException("a claim names a dialect and at least one fact: " + text);
        }
        return new Claim(words[0], facts);
    }

    /** The claim as written after {@code Claim: postgresql} (without {@code not-flagged}). */
    String text() {
        StringBuilder out = new StringBuilder();
        facts.forEach((k, v) -> out.append(out.length() == 0 ? "" : " ").append(k).append(k.endsWith("=") ? "" : "=")
                .append(v));
        return out.toString();
    }

    Optional<String> fact(String key) {
        return Optional.ofNullable(facts.get(key));
    }

    /** The version the claim holds from, as major * 100 + minor (9.5 is 905, 12 is 1200); 0 when not given. */
    int since() {
        return fact("since").map(PgServer::versionNumber).orElse(0);
    }
}
