package dev.rollsafe.release.refs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rollsafe.release.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hawkbit history's native SQL (event H1 of the histories README): in 0.8.0,
 * JpaSystemManagement.java uses sp_base_software_module in two native count queries at lines 140 and 141,
 * the table 0.9.0 renames; 0.9.0's queries use the new name.
 */
class SqlStringFinderHawkbitTest {
    private static final String FILE = "hawkbit-repository/hawkbit-repository-jpa/src/main/java/org/eclipse/hawkbit/"
            + "repository/jpa/management/JpaSystemManagement.java";

    @TempDir
    static Path tmp;
    private static SharedHistory hawkbit;

    @BeforeAll
    static void cloneHawkbit() throws Exception {
        hawkbit = SharedHistory.cloneInto("hawkbit", tmp);
    }

    private static List<Reference> refs(String tag) throws InterruptedException {
        return new SqlStringFinder().find(FILE, hawkbit.show(tag, FILE));
    }

    @Test
    void release080UsesTheOldTableInTwoNativeQueries() throws InterruptedException {
        List<Reference> refs = refs("0.8.0");
        Set<Integer> lines = new TreeSet<>();
        for (Reference r : refs) {
            if (r.table().equals("sp_base_software_module") && r.column() == null) {
                lines.add(r.line());
                assertEquals(Reference.Confidence.EXACT, r.confidence());
                assertEquals(Reference.Usage.SELECT, r.usage());
            }
        }
        assertEquals(Set.of(140, 141), lines);
        assertTrue(refs.stream().anyMatch(r -> r.line() == 140 && "sp_base_software_module".equals(r.table())
                && "deleted".equals(r.column()) && r.confidence() == Reference.Confidence.EXACT));
        assertTrue(refs.stream().anyMatch(r -> r.line() == 140 && "sp_artifact".equals(r.table())
                && "software_module".equals(r.column())));
        // SUM(file_size) with two tables joined: either may own it
        assertTrue(refs.stream().anyMatch(r -> r.line() == 141 && "file_size".equals(r.column())
                && r.confidence() == Reference.Confidence.LIKELY));
    }

    @Test
    void release090NoLongerUsesTheOldName() throws InterruptedException {
        List<Reference> refs = refs("0.9.0");
        assertTrue(refs.stream().noneMatch(r -> r.table().equals("sp_base_software_module")), refs::toString);
        assertTrue(refs.stream().anyMatch(r -> r.table().equals("sp_software_module")), refs::toString);
    }
}
