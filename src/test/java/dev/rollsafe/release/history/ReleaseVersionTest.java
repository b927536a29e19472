package dev.rollsafe.release.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.source.Config;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseVersionTest {

    private static List<String> sorted(TagPattern p, String... tags) {
        List<ReleaseVersion> v = new ArrayList<>();
        for (String t : tags) {
            p.version(t).ifPresent(v::add);
        }
        Collections.sort(v);
        return v.stream().map(ReleaseVersion::tag).toList();
    }

    @Test
    void versionsOrderAsNumbersAndPreReleasesBeforeTheirRelease() {
        assertEquals(List.of("v1.2", "v1.9.0", "v1.10.0", "v2.0.0-alpha", "v2.0.0-rc.1", "v2.0.0-rc.2",
                        "v2.0.0-rc.10", "v2.0.0", "v10.0.0"),
                sorted(TagPattern.DEFAULT, "v10.0.0", "v2.0.0", "v2.0.0-rc.10", "v1.10.0", "v2.0.0-rc.2", "v1.9.0",
                        "v2.0.0-rc.1", "v1.2", "v2.0.0-alpha"));
    }

    @Test
    void semverPreReleaseRules() {
        // numeric identifiers before alphanumeric ones; a prefix list before a longer one
        assertEquals(List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                        "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"),
                sorted(TagPattern.DEFAULT, "1.0.0", "1.0.0-rc.1", "1.0.0-beta.11", "1.0.0-beta.2", "1.0.0-beta",
                        "1.0.0-alpha.beta", "1.0.0-alpha.1", "1.0.0-alpha"));
    }

    @Test
    void defaultPatternTakesOnlyReleaseTags() {
        for (String yes : List.of("1.2", "v1.2", "v1.2.3", "0.10.0", "v2.0.0-rc.1", "V3.1")) {
            assertTrue(TagPattern.DEFAULT.version(yes).isPresent(), yes);
        }
        for (String no : List.of("latest", "v1", "release-1.2.3", "v1.2.3.4", "nightly-2024", "v1.2.3-", "1.2.x",
                "deploy/v1.2.3")) {
            assertFalse(TagPattern.DEFAULT.version(no).isPresent(), no);
        }
    }

    @Test
    void missingPartsCountAsZeroAndTheTagNameBreaksTies() {
        ReleaseVersion a = TagPattern.DEFAULT.version("v1.2").orElseThrow();
        ReleaseVersion b = TagPattern.DEFAULT.version("1.2.0").orElseThrow();
        assertTrue(a.compareTo(b) != 0, "never equal: the order must be total");
        assertEquals(List.of("1.2.0", "v1.2", "1.2.1"), sorted(TagPattern.DEFAULT, "1.2.1", "v1.2", "1.2.0"));
    }

    @Test
    void configuredPatternWithVersionGroup() {
        TagPattern p = TagPattern.of(config("^release-(?<version>\\d+(?:\\.\\d+)*)$"));
        assertNull(p.problem());
        assertEquals(List.of("release-1.9", "release-1.10"), sorted(p, "release-1.10", "v1.0.0", "release-1.9",
                "release-x"));
        assertFalse(p.version("v2.0.0").isPresent(), "the default pattern no longer applies");
    }

    @Test
    void configuredPatternWithoutGroupReadsFromTheFirstDigit() {
        TagPattern p = TagPattern.of(config("rel_\\d+\\.\\d+"));
        assertEquals(List.of("rel_2.3", "rel_2.20"), sorted(p, "rel_2.20", "rel_2.3"));
    }

    @Test
    void badConfiguredPatternFallsBackWithOneLine() {
        TagPattern p = TagPattern.of(config("v(\\d+"));
        assertNotNull(p.problem());
        assertFalse(p.problem().contains("\n"));
        assertTrue(p.version("v1.2.3").isPresent());
        TagPattern q = TagPattern.of(new Config(null, List.of(), null, null, null, Map.of("releaseTags", List.of())));
        assertNotNull(q.problem());
        assertEquals(TagPattern.DEFAULT, TagPattern.of(Config.empty()));
    }

    private static Config config(String regex) {
        return new Config(null, List.of(), null, null, null, Map.of("releaseTags", regex));
    }
}
