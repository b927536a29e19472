package dev.rollsafe.release.refs.orm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoStructTagFinderTest {
    private final GoStructTagFinder finder = new GoStructTagFinder();

    @Test
    void tagsTableNamesAndImplicitTables() {
        String text = Expectations.read("go/session.go");
        Expectations.check(text, finder.find("session/session.go", text));
    }

    @Test
    void implicitTableNameIsPluralSnakeCase() {
        assertEquals(List.of("identity_credentials", "identity_credentials.x"),
                JpaFinderTest.names(finder.find("a.go", "type IdentityCredential struct {\n X int `db:\"x\"`\n}")));
        assertEquals(List.of("http_servers", "http_servers.x"),
                JpaFinderTest.names(finder.find("a.go", "type HTTPServer struct {\n X int `db:\"x\"`\n}")));
        assertEquals(List.of("categories", "categories.x"),
                JpaFinderTest.names(finder.find("a.go", "type Category struct {\n X int `db:\"x\"`\n}")));
    }

    @Test
    void structTagParsingFollowsGoConvention() {
        assertEquals(Map.of("json", "a,omitempty", "db", "b"),
                GoStructTagFinder.StructTag.parse("json:\"a,omitempty\" db:\"b\""));
        assertEquals(Map.of(), GoStructTagFinder.StructTag.parse("garbage"));
    }

    @Test
    void noTagsCommentsAndBrokenInputYieldNothing() {
        assertEquals(List.of(), finder.find("a.go", "type A struct {\n B string `json:\"b\"`\n}"));
        assertEquals(List.of(), finder.find("a.go", "// type A struct { B string `db:\"b\"` }"));
        assertEquals(List.of(), finder.find("a.go", "type A struct { B string `db:\"-\"` }"));
        assertTrue(finder.find("a.go", "type A struct { B string `db:\"b").size() <= 2);
        assertTrue(finder.accepts("x/y.go") && !finder.accepts("x/y.java"));
    }
}
