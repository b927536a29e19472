package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MyBatisFinderTest {
    private final MyBatisFinder finder = new MyBatisFinder();

    @Test
    void statementsFragmentsDynamicTagsAndResultMaps() {
        String text = Expectations.read("mybatis/UserMapper.xml");
        Expectations.check(text, finder.find("mappers/UserMapper.xml", text));
    }

    @Test
    void usagesFollowTheStatementKind() {
        String text = Expectations.read("mybatis/UserMapper.xml");
        List<Reference> refs = finder.find("m.xml", text);
        assertTrue(refs.stream().anyMatch(r -> r.column() != null && r.column().equals("created_at")
                && r.usage() == Reference.Usage.INSERT));
        assertTrue(refs.stream().anyMatch(r -> "nickname".equals(r.column()) && r.usage() == Reference.Usage.UPDATE));
        assertTrue(refs.stream().anyMatch(r -> r.column() == null && r.table().equals("orders")
                && r.usage() == Reference.Usage.DELETE));
    }

    @Test
    void externalEntitiesAreNotRead() {
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE mapper [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<mapper namespace=\"a\"><select id=\"s\">SELECT a FROM t &x;</select></mapper>";
        List<Reference> refs = finder.find("m.xml", text);
        assertTrue(refs.stream().noneMatch(r -> r.column() != null && r.column().startsWith("root")), refs.toString());
    }

    @Test
    void otherXmlAndBrokenXmlYieldNothing() {
        assertEquals(List.of(), finder.find("pom.xml", "<project><select>SELECT a FROM t</select></project>"));
        assertEquals(List.of(), finder.find("m.xml", "<mapper><select id=\"s\">SELECT a FROM t</mapper>"));
        assertTrue(finder.accepts("a/b.xml") && !finder.accepts("a/b.java"));
    }
}
