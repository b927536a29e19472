package dev.rollsafe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The persistent map under the schema, checked against {@link TreeMap} with random operations. */
class SchemaPMapTest {

    @Test
    void behavesLikeATreeMapAndStaysBalanced() {
        Random random = new Random(42);
        TreeMap<String, Integer> expected = new TreeMap<>();
        PMap<Integer> map = PMap.empty();
        for (int i = 0; i < 20_000; i++) {
            String key = "k" + random.nextInt(3_000);
            if (random.nextInt(3) == 0) {
                expected.remove(key);
                map = map.remove(key);
            } else {
                expected.put(key, i);
                map = map.put(key, i);
            }
            if (i % 1000 == 0) {
                assertEquals(new ArrayList<>(expected.values()), map.values());
            }
        }
        assertEquals(expected.size(), map.size());
        for (String k : expected.keySet()) {
            assertEquals(expected.get(k), map.get(k));
        }
        List<String> keys = new ArrayList<>();
        map.forEach((k, v) -> keys.add(k));
        assertEquals(new ArrayList<>(expected.keySet()), keys);
        double bound = 1.45 * Math.log(map.size() + 2) / Math.log(2);
        assertTrue(map.height() <= bound, "height " + map.height() + " for " + map.size());
    }

    @Test
    void oldVersionsAreUnchangedAndNoOpsReturnTheSameMap() {
        PMap<String> a = PMap.<String>empty().put("x", "1").put("y", "2");
        PMap<String> b = a.put("x", "3").remove("y");
        assertEquals("1", a.get("x"));
        assertEquals("2", a.get("y"));
        assertEquals("3", b.get("x"));
        assertEquals(null, b.get("y"));
        assertSame(a, a.remove("absent"));
        String v = a.get("x");
        assertSame(a, a.put("x", v));
    }
}
