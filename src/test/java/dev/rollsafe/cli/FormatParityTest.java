package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.report.ReportFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The Maven goal's {@code formats} accept every name {@code check --format} accepts: a format added to the CLI
 * needs its constant in {@link ReportFormat} too.
 */
class FormatParityTest {

    @Test
    void theGoalKnowsEveryFormatOfTheCli() {
        List<String> cli = Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().toList();
        List<String> goal = Arrays.stream(ReportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).sorted()
                .toList();
        assertEquals(cli, goal);
    }

    @Test
    void bothParseTheSameNames() {
        for (Format f : Format.values()) {
            String name = f.name().toLowerCase(Locale.ROOT);
            assertEquals(f.name(), ReportFormat.parse(name).orElseThrow().name(), name);
        }
    }
}
