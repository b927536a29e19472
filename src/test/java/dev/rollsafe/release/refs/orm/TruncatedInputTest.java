package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.ReferenceFinder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every finder over every prefix of its fixtures, and over deep nesting: a result, never an exception. */
class TruncatedInputTest {
    private static final Map<String, ReferenceFinder> FIXTURES = Map.of(
            "jpa/Target.java", new JpaFinder(),
            "jpa/Rollout.kt", new JpaFinder(),
            "go/session.go", new GoStructTagFinder(),
            "mybatis/UserMapper.xml", new MyBatisFinder(),
            "sqlalchemy/models.py", new SqlAlchemyFinder(),
            "diesel/schema.rs", new DieselSchemaFinder(),
            "prisma/schema.prisma", new PrismaFinder());

    @Test
    void everyPrefixOfEveryFixture() {
        FIXTURES.forEach((fixture, finder) -> {
            String text = Expectations.read(fixture);
            for (int end = 0; end <= text.length(); end += 7) {
                String prefix = text.substring(0, end);
                assertNotNull(assertDoesNotThrow(() -> finder.find(fixture, prefix), fixture + " at " + end));
            }
        });
    }

    @Test
    void deepNestingAndNulls() {
        String deep = "@Entity class A { ".repeat(5000) + "String x; " + "}".repeat(5000);
        for (ReferenceFinder f : List.of(new JpaFinder(), new GoStructTagFinder(), new MyBatisFinder(),
                new SqlAlchemyFinder(), new DieselSchemaFinder(), new PrismaFinder())) {
            assertNotNull(assertDoesNotThrow(() -> f.find("a.java", deep)));
            assertNotNull(assertDoesNotThrow(() -> f.find("a.java", null)));
            assertNotNull(assertDoesNotThrow(() -> f.find("a.java", "@Entity @T(" + "{@A(".repeat(20000))));
            assertNotNull(assertDoesNotThrow(() -> f.find("a.xml", "<mapper>" + "<if>".repeat(20000))));
            assertNotNull(assertDoesNotThrow(() -> f.find("a.xml", "<mapper><select id=\"a\">"
                    + "<if>".repeat(20000) + "SELECT a FROM t" + "</if>".repeat(20000) + "</select></mapper>")));
        }
    }
}
