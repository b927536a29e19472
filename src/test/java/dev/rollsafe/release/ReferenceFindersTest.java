package dev.rollsafe.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceFindersTest {
    private static final String ENTITY = "package a;\n@jakarta.persistence.Entity\npublic class UserAccount {\n"
            + "    @jakarta.persistence.Id private Long id;\n    private String createdAt;\n}\n";

    private static List<String> columns(List<ReferenceFinder> finders) {
        return new ReferenceScanner(finders).scan("src/main/java/a/UserAccount.java", ENTITY).stream()
                .filter(r -> r.column() != null).map(r -> r.table() + "." + r.column()).sorted().toList();
    }

    @Test
    void springBootNamingByDefaultHibernateWhenConfigured() {
        List<String> spring = columns(ReferenceFinders.configured(ReferenceFinders.standard(), Map.of()));
        assertTrue(spring.contains("user_account.created_at"), spring.toString());
        List<String> hibernate = columns(ReferenceFinders.configured(ReferenceFinders.standard(),
                Map.of("jpaNaming", "hibernate")));
        assertTrue(hibernate.contains("useraccount.createdat"), hibernate.toString());
        assertEquals(spring.size(), hibernate.size());
    }
}
