package dev.rollsafe.release.refs.orm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DieselAndPrismaFinderTest {

    @Test
    void dieselTableMacrosWithSqlNames() {
        String text = Expectations.read("diesel/schema.rs");
        Expectations.check(text, new DieselSchemaFinder().find("src/schema.rs", text));
    }

    @Test
    void prismaModelsMapsAndRelationFields() {
        String text = Expectations.read("prisma/schema.prisma");
        Expectations.check(text, new PrismaFinder().find("prisma/schema.prisma", text));
    }

    @Test
    void otherFilesAndBrokenInputYieldNothingOrWhatIsThere() {
        assertEquals(List.of(), new DieselSchemaFinder().find("a.rs", "fn main() { let table = 1; }"));
        assertEquals(List.of("t", "t.a"),
                JpaFinderTest.names(new DieselSchemaFinder().find("a.rs", "table! { t (a) { a -> Int4")));
        assertEquals(List.of(), new PrismaFinder().find("a.prisma", "generator client { provider = \"x\" }"));
        assertEquals(List.of("A", "A.b"), JpaFinderTest.names(new PrismaFinder().find("a.prisma", "model A {\n b Int")));
        assertTrue(new DieselSchemaFinder().accepts("src/schema.rs") && new PrismaFinder().accepts("schema.prisma"));
    }
}
