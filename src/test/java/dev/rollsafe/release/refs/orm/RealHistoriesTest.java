package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The finders over real release histories: hawkbit's JPA entities and kratos's db-tagged structs. */
class RealHistoriesTest {
    private static final String MODEL =
            "hawkbit-repository/hawkbit-repository-jpa/src/main/java/org/eclipse/hawkbit/repository/jpa/model/";

    @Test
    void hawkbitNewestReleaseMapsSpTargetAndItsColumns(@TempDir Path dir) throws Exception {
        try (Histories h = Histories.clone("hawkbit", dir)) {
            String tag = h.newestTag();
            Map<String, String> files = h.files(tag, p -> p.endsWith(".java"));
            files.values().removeIf(text -> !text.contains("persistence."));
            List<Reference> refs = new JpaFinder().findAll(files);
            String target = MODEL + "JpaTarget.java";
            assertTrue(refs.contains(new Reference("sp_target", null, Reference.Usage.MAPPED, target, 68,
                    "@Table(name = \"sp_target\")", Reference.Confidence.EXACT, "jpa")), tag);
            Set<String> columns = columns(refs, "sp_target", Reference.Confidence.EXACT);
            assertTrue(columns.containsAll(Set.of("controller_id", "sec_token", "address", "install_date",
                    "target_group", "assigned_distribution_set", "target_type", "name", "description")),
                    columns.toString());
            for (String notAColumn : List.of("group", "actions", "tags", "auto_confirmation_status", "metadata",
                    "controller_attributes", "rollout_target_group")) {
                assertFalse(columns(refs, "sp_target", null).contains(notAColumn), notAColumn);
            }
            assertTrue(columns(refs, "sp_target_target_tag", Reference.Confidence.EXACT)
                    .containsAll(Set.of("target", "tag")));
            assertTrue(columns(refs, "sp_target_attributes", Reference.Confidence.EXACT)
                    .containsAll(Set.of("target", "attribute_key", "attribute_value")));
            Set<String> smMetadata = columns(refs, "sp_sm_metadata", Reference.Confidence.EXACT);
            assertTrue(smMetadata.containsAll(Set.of("meta_value", "target_visible")), smMetadata.toString());
        }
    }

    @Test
    void hawkbitRenamedAndDroppedColumnsAsTheReadmeRecordsThem(@TempDir Path dir) throws Exception {
        try (Histories h = Histories.clone("hawkbit", dir)) {
            JpaFinder finder = new JpaFinder();
            List<Reference> v08 = finder.find(MODEL + "JpaAction.java",
                    h.files("0.8.0", p -> p.equals(MODEL + "JpaAction.java")).get(MODEL + "JpaAction.java"));
            assertTrue(v08.stream().anyMatch(r -> r.table().equals("sp_action")
                    && "rolloutgroup".equals(r.column()) && r.line() == 138), v08.toString());
            Map<String, String> v09 = h.files("0.9.0", p -> p.startsWith(MODEL));
            List<Reference> refs = finder.findAll(v09);
            assertTrue(refs.stream().anyMatch(r -> r.table().equals("sp_action")
                    && "rollout_group".equals(r.column())));
            assertTrue(refs.stream().anyMatch(r -> r.table().equals("sp_distribution_set")
                    && "complete".equals(r.column()) && r.line() >= 123 && r.line() <= 124));
            assertTrue(refs.stream().anyMatch(r -> r.table().equals("sp_software_module") && r.column() == null));
            assertTrue(refs.stream().noneMatch(r -> r.table().equals("sp_base_software_module")), "H1: renamed in 0.9.0");
            String sm = MODEL + "JpaSoftwareModule.java";
            List<Reference> sm08 = finder.find(sm, h.files("0.8.0", sm::equals).get(sm));
            assertTrue(sm08.stream().anyMatch(r -> r.table().equals("sp_base_software_module") && r.column() == null
                    && r.line() == 58 && r.confidence() == Reference.Confidence.EXACT), sm08.toString());
            assertTrue(refs.stream().noneMatch(r -> "group_theshold".equals(r.column())), "H4 is a safe drop");
        }
    }

    @Test
    void kratosNewestReleaseMapsIdentitiesFromDbTags(@TempDir Path dir) throws Exception {
        try (Histories h = Histories.clone("kratos", dir)) {
            String tag = h.newestTag();
            String text = h.files(tag, p -> p.equals("identity/identity.go")).get("identity/identity.go");
            List<Reference> refs = new GoStructTagFinder().find("identity/identity.go", text);
            assertTrue(refs.stream().anyMatch(r -> r.table().equals("identities") && r.column() == null
                    && r.confidence() == Reference.Confidence.EXACT && r.text().equals("return \"identities\"")),
                    refs.toString());
            Set<String> columns = columns(refs, "identities", Reference.Confidence.EXACT);
            assertTrue(columns.containsAll(Set.of("id", "schema_id", "state", "traits", "nid", "metadata_public",
                    "created_at")), columns.toString());
            assertFalse(columns.contains("credentials") || columns.contains("schema_url") || columns.contains("-"));
        }
    }

    @Test
    void kratosVerificationTokenColumnBeforeItBecameNotNull(@TempDir Path dir) throws Exception {
        try (Histories h = Histories.clone("kratos", dir)) {
            String path = "selfservice/strategy/link/token_verification.go";
            List<Reference> refs = new GoStructTagFinder().find(path, h.files("v0.10.1", path::equals).get(path));
            assertTrue(refs.stream().anyMatch(r -> r.table().equals("identity_verification_tokens")
                    && "selfservice_verification_flow_id".equals(r.column()) && r.line() == 51), refs.toString());
            assertEquals(List.of(56), refs.stream().filter(r -> r.column() == null).map(Reference::line).toList());
        }
    }

    @Test
    void kratosLoginChallengeColumnBelongsToTheVerificationFlowTable(@TempDir Path dir) throws Exception {
        try (Histories h = Histories.clone("kratos", dir)) {
            String path = "selfservice/flow/verification/flow.go";
            for (String tag : List.of("v1.1.0", h.newestTag())) {
                List<Reference> refs = new GoStructTagFinder().find(path, h.files(tag, path::equals).get(path));
                List<String> tables = refs.stream().filter(r -> "oauth2_login_challenge".equals(r.column()))
                        .map(Reference::table).toList();
                assertEquals(List.of("selfservice_verification_flows"), tables, tag);
            }
        }
    }

    private static Set<String> columns(List<Reference> refs, String table, Reference.Confidence conf) {
        return refs.stream().filter(r -> r.table().equals(table) && r.column() != null)
                .filter(r -> conf == null || r.confidence() == conf)
                .map(Reference::column).collect(Collectors.toSet());
    }
}
