package dev.rollsafe.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON writing the reports share: Jackson's streaming generator (the object mapper's start-up cost was
 * a tenth of a repeated run), fields in the order they are written, two-space indent, a final newline.
 */
final class Json {

    /** Writes one document. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {
    }

    static void print(PrintWriter out, Body body) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            body.write(g);
            g.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Writes {@code value} unless it is null. */
    static void fieldIfPresent(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
