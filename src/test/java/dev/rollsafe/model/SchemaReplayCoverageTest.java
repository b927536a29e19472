package dev.rollsafe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Java 17 has no exhaustive switch over a sealed interface's records, so this is the check instead: a new
 * record in {@link Change} fails the build until the replay handles it.
 */
class SchemaReplayCoverageTest {

    @Test
    void everyChangeRecordHasAReplayHandler() {
        Set<String> permitted = Arrays.stream(Change.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> handled = Replay.handledTypes().stream().map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(permitted, handled);
    }
}
