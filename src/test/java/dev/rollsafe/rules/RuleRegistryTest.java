package dev.rollsafe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

    @RuleInfo(id = "zeta-hazard", level = Level.ERROR, summary = "z")
    static final class Zeta implements Rule {
        public void check(StatementContext context, FindingSink sink) {
        }
    }

    @RuleInfo(id = "alpha-hazard", level = Level.NOTE, summary = "a")
    static final class Alpha implements Rule {
        public void check(StatementContext context, FindingSink sink) {
        }
    }

    @RuleInfo(id = "Bad_Id", level = Level.NOTE, summary = "b")
    static final class BadId implements Rule {
        public void check(StatementContext context, FindingSink sink) {
        }
    }

    static final class NoInfo implements Rule {
        public void check(StatementContext context, FindingSink sink) {
        }
    }

    @Test
    void iteratesInIdOrderAndFindsById() {
        RuleRegistry registry = new RuleRegistry(List.of(new Zeta(), new Alpha()));
        assertEquals(List.of("alpha-hazard", "zeta-hazard"), registry.ids());
        assertEquals(Alpha.class, registry.all().get(0).getClass());
        assertEquals(Zeta.class, registry.find("zeta-hazard").orElseThrow().getClass());
        assertTrue(registry.find("nope").isEmpty());
        assertTrue(registry.find(null).isEmpty());
        assertTrue(registry.contains(Zeta.class));
        assertFalse(registry.contains(BadId.class));
    }

    @Test
    void rejectsDuplicatesBadIdsAndMissingMetadata() {
        assertThrows(IllegalArgumentException.class, () -> new RuleRegistry(List.of(new Alpha(), new Alpha())));
        assertThrows(IllegalArgumentException.class, () -> new RuleRegistry(List.of(new BadId())));
        assertThrows(IllegalStateException.class, () -> new RuleRegistry(List.of(new NoInfo())));
    }

    @Test
    void standardRegistryHoldsUnparsedStatement() {
        Rule rule = RuleRegistry.standard().find("unparsed-statement").orElseThrow();
        assertEquals(Level.WARNING, rule.info().level());
    }
}
