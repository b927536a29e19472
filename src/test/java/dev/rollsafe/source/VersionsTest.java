package dev.rollsafe.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsTest {
    @ParameterizedTest
    @CsvSource({"1.2.10,1.2.9,1", "1.0,1,0", "1_2,1.2,0", "2,10,-1", "1.0.0.1,1,1", "001,1,0"})
    void comparesPartByPartAsNumbers(String a, String b, int sign) {
        assertEquals(sign, Integer.signum(Versions.compareVersions(a, b)));
    }

    @ParameterizedTest
    @CsvSource({"1_0,1", "1.2.10,1.2.10", "001_002,1.2", "0,0", "1.0.0,1"})
    void normalises(String in, String out) {
        assertEquals(out, Versions.normalise(in));
    }

    @Test
    void naturalOrder() {
        List<String> names = new ArrayList<>(List.of("10_c.sql", "0009-x.sql", "00010-y.sql", "2_b.sql",
                "db-v190-v200-after.sql", "db-v190-v200.sql"));
        names.sort(Versions.NATURAL);
        assertEquals(List.of("2_b.sql", "0009-x.sql", "00010-y.sql", "10_c.sql", "db-v190-v200.sql",
                "db-v190-v200-after.sql"), names);
    }

    @Test
    void versionFolders() {
        assertTrue(PlainFinder.compareVersionDirs("v1.10", "v1.9") > 0);
        assertTrue(PlainFinder.compareVersionDirs("v040-v050", "v151-v160") < 0);
        assertTrue(PlainFinder.compareVersionDirs("9", "10") < 0);
    }
}
