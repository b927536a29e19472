package dev.rollsafe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.rules.Level;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleRegistry;
import dev.rollsafe.source.Config;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {

    private static final List<String> KNOWN = RuleRegistry.standard().ids();
    private static final Path FILE = Path.of("conf", "rollsafe.yaml");

    private static RuleSettings read(Map<String, Object> extra) {
        return RuleSettings.read(new Config(FILE, List.of(), null, null, null, extra), KNOWN);
    }

    private static Rule rule(String id) {
        return RuleRegistry.standard().find(id).orElseThrow();
    }

    @Test
    void noSettingsKeepsDefaults() {
        RuleSettings s = RuleSettings.read(Config.empty(), KNOWN);
        assertTrue(s.enabled("unparsed-statement"));
        assertEquals(Level.WARNING, s.level(rule("unparsed-statement")));
        assertNull(s.failLevel());
        assertEquals(List.of(), s.messages());
    }

    @Test
    void disablesEnablesAndChangesLevels() {
        RuleSettings s = read(Map.of("rules", Map.of(
                "disable", List.of("missing-lock-timeout", "unparsed-statement"),
                "enable", List.of("unparsed-statement"),
                "levels", Map.of("create-index-blocks-writes", "warning")), "failLevel", "warn"));
        assertFalse(s.enabled("missing-lock-timeout"));
        assertTrue(s.enabled("unparsed-statement"), "enable wins over disable");
        assertTrue(s.enabled("create-index-blocks-writes"));
        assertEquals(Level.WARNING, s.level(rule("create-index-blocks-writes")));
        assertEquals(rule("released-migration-modified").info().level(), s.level(rule("released-migration-modified")));
        assertEquals(Level.WARNING, s.failLevel());
        assertEquals(1, s.messages().size(), s.messages()::toString);
        assertTrue(s.messages().get(0).contains("both disabled and enabled"), s.messages()::toString);
    }

    @Test
    void unknownIdsAndLevelsAreMessagesNamingTheFile() {
        RuleSettings s = read(Map.of("rules", Map.of("disable", "drop-colum", "levels",
                Map.of("nope", "error", "unparsed-statement", "fatal"), "ignore", List.of()), "failLevel", "high"));
        assertEquals(List.of(), List.copyOf(s.disabled()));
        assertEquals(Map.of(), s.levels());
        assertNull(s.failLevel());
        assertEquals(5, s.messages().size(), s.messages()::toString);
        assertTrue(s.messages().stream().allMatch(m -> m.startsWith(FILE + ": ")), s.messages()::toString);
        String all = String.join("\n", s.messages());
        for (String part : List.of("'drop-colum'", "'nope'", "'fatal'", "'rules.ignore'", "'high'")) {
            assertTrue(all.contains(part), part + " in " + all);
        }
    }

    @Test
    void rulesThatIsNotAMapIsAMessage() {
        RuleSettings s = read(Map.of("rules", "all"));
        assertEquals(1, s.messages().size());
        assertTrue(s.disabled().isEmpty());
    }
}
