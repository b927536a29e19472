package dev.rollsafe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameTest {
    @Test
    void foldsUnquotedAndKeepsQuotedCase() {
        assertEquals(new Name("public", "users"), Name.parse("Public.USERS"));
        assertEquals(new Name(null, "MixedCase"), Name.parse("\"MixedCase\""));
        assertEquals(new Name("db", "t"), Name.parse("`db`.`T`"));
        assertNull(Name.parse("users").schema());
    }

    @Test
    void quotedNameMayContainDots() {
        assertEquals(new Name("s", "a.b"), Name.parse("s.\"a.b\""));
    }
}
