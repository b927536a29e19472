package dev.rollsafe.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads rule docs ({@code rules/<id>.md}) from the classpath, where the build puts the top-level rules folder. */
public final class RuleDocs {

    private final ClassLoader loader;

    public RuleDocs() {
        this(RuleDocs.class.getClassLoader());
    }

    public RuleDocs(ClassLoader loader) {
        this.loader = loader;
    }

    /** The resource name of a rule's doc. */
    public static String resourceName(String id) {
        return "rules/" + id + ".md";
    }

    /** The doc of a rule, or empty when the jar has none. */
    public Optional<RuleDoc> find(String id) {
        if (id == null || !id.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(resourceName(id))) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(id, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceName(id) + ": " + e.getMessage(), e);
        }
    }

    /** Splits a doc into title (first {@code # } heading), summary (first paragraph after it) and text. */
    public static RuleDoc parse(String id, String markdown) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        String title = id;
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i < lines.length && lines[i].startsWith("# ")) {
            title = lines[i].substring(2).strip();
            i++;
        }
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        StringBuilder summary = new StringBuilder();
        while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("#")) {
            if (summary.length() > 0) {
                summary.append(' ');
            }
            summary.append(lines[i].strip());
            i++;
        }
        return new RuleDoc(id, title, summary.toString(), text);
    }
}
