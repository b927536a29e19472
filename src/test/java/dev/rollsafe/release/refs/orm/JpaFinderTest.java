package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JpaFinderTest {
    private final JpaFinder finder = new JpaFinder();

    @Test
    void javaEntityWithSuperclassEmbeddableJoinsAndConstraints() {
        String text = Expectations.read("jpa/Target.java");
        Expectations.check(text, finder.find("model/Target.java", text));
    }

    @Test
    void kotlinEntityWithConstructorProperties() {
        String text = Expectations.read("jpa/Rollout.kt");
        Expectations.check(text, finder.find("model/Rollout.kt", text));
    }

    @Test
    void referenceCarriesPathLineTextAndFinder() {
        String text = "@Entity\n@Table(name = \"users\")\nclass User {\n    @Column(name = \"email\")\n    String email;\n}\n";
        List<Reference> refs = finder.find("src/User.java", text);
        assertEquals(List.of(
                new Reference("users", null, Reference.Usage.MAPPED, "src/User.java", 2, "@Table(name = \"users\")",
                        Reference.Confidence.EXACT, "jpa"),
                new Reference("users", "email", Reference.Usage.MAPPED, "src/User.java", 4,
                        "@Column(name = \"email\")", Reference.Confidence.EXACT, "jpa")), refs);
    }

    @Test
    void implicitNamesFollowTheConfiguredNaming() {
        String text = "@Entity class SoftwareModule { Long createdAt; }";
        assertEquals(List.of("software_module", "software_module.created_at"),
                names(new JpaFinder(JpaFinder.Naming.SPRING_BOOT).find("A.java", text)));
        assertEquals(List.of("softwaremodule", "softwaremodule.createdat"),
                names(new JpaFinder(JpaFinder.Naming.HIBERNATE).find("A.java", text)));
    }

    @Test
    void springNamingAppliesToExplicitNamesButNotQuotedOnes() {
        String text = "@Entity @Table(name = \"\\\"Users\\\"\") class U { @Column(name = \"lastName\") String n; }";
        assertEquals(List.of("Users", "Users.last_name"), names(finder.find("U.java", text)));
    }

    @Test
    void singleTableSubclassMapsIntoTheRootTableAndJoinedIntoItsOwn() {
        String single = "@Entity @Table(name=\"base\") class Base { @Id Long id; }\n"
                + "@Entity class Child extends Base { String extra; }";
        assertTrue(names(finder.find("A.java", single)).contains("base.extra"));
        String joined = "@Entity @Table(name=\"base\") @Inheritance(strategy = InheritanceType.JOINED)"
                + " class Base { @Id Long id; }\n@Entity class Child extends Base { String extra; }";
        assertTrue(names(finder.find("A.java", joined)).contains("child.extra"));
    }

    @Test
    void mappedSuperclassInAnotherFileCountsWhenFilesAreReadTogether() {
        String sup = "@MappedSuperclass abstract class Base { @Column(name = \"tenant\") String tenant; }";
        String ent = "@Entity @Table(name = \"t\") class T extends Base { String a; }";
        assertEquals(List.of("t", "t.a"), names(finder.find("T.java", ent)));
        List<Reference> all = finder.findAll(Map.of("Base.java", sup, "T.java", ent));
        assertTrue(all.stream().anyMatch(r -> "tenant".equals(r.column()) && r.path().equals("Base.java")), all.toString());
    }

    @Test
    void nonEntitiesBrokenInputAndOtherFilesYieldNothing() {
        assertEquals(List.of(), finder.find("A.java", "class A { @Column(name=\"x\") String x; }"));
        assertEquals(List.of("a"), names(finder.find("A.java", "@Entity class A { @Column(name=\"x\" String x; ")));
        assertEquals(List.of(), finder.find("A.java", "@Entity(("));
        assertEquals(List.of(), finder.find("A.java", ""));
        assertTrue(finder.accepts("a/B.java") && finder.accepts("B.kt") && !finder.accepts("B.go"));
    }

    static List<String> names(List<Reference> refs) {
        return refs.stream().map(r -> r.column() == null ? r.table() : r.table() + "." + r.column()).toList();
    }
}
