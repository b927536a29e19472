package dev.rollsafe.release.refs.orm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlAlchemyFinderTest {
    private final SqlAlchemyFinder finder = new SqlAlchemyFinder();

    @Test
    void declarativeClassesMixinsSubclassesAndTables() {
        String text = Expectations.read("sqlalchemy/models.py");
        Expectations.check(text, finder.find("app/models.py", text));
    }

    @Test
    void classWithoutTableAndBrokenInputYieldNothing() {
        assertEquals(List.of(), finder.find("a.py", "class Mixin:\n    x = Column(Integer)\n"));
        assertEquals(List.of(), finder.find("a.py", "# __tablename__ = \"t\"\n# x = Column(Integer)\n"));
        assertEquals(List.of("t", "t.unterminated"), JpaFinderTest.names(finder.find("a.py", "class A(B):\n    __tablename__ = 't'\n    x = Column(\"unterminated")));
        assertTrue(finder.accepts("m/models.py") && !finder.accepts("m/models.pyc"));
    }
}
