package dev.rollsafe.report;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.rollsafe.rules.Level;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleDoc;
import dev.rollsafe.rules.RuleDocs;
import dev.rollsafe.rules.RuleInfo;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SARIF rule descriptors ({@code tool.driver.rules[]}) from the rule registry and the rule docs: the same text
 * {@code explain} prints. Texts are cut to the 1024 characters GitHub keeps, and at most 20 tags are given.
 */
final class SarifReportRules {

    static final int MAX_DESCRIPTION = 1024;
    static final int MAX_TAGS = 20;

    private SarifReportRules() {
    }

    static ReportingDescriptor descriptor(Rule rule, RuleDocs docs) {
        RuleInfo info = rule.info();
        Optional<RuleDoc> doc = docs.find(info.id());
        String summary = sentence(info.summary());
        String full = doc.map(SarifReportRules::description).filter(s -> !s.isEmpty()).orElse(summary);
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : info.tags()) {
            if (tags.size() < MAX_TAGS) {
                tags.add(tag);
            }
        }
        PropertyBag properties = new PropertyBag()
                .withAdditionalProperty("precision", "high")
                .withAdditionalProperty("problem.severity", problemSeverity(info.level()));
        if (!tags.isEmpty()) {
            properties.withTags(tags);
        }
        MultiformatMessageString help = doc
                .map(d -> new MultiformatMessageString().withText(plain(withoutClaims(d.body())))
                        .withMarkdown(withoutClaims(d.markdown())))
                .orElse(new MultiformatMessageString().withText(summary));
        return new ReportingDescriptor()
                .withId(info.id())
                .withName(name(info.id()))
                .withShortDescription(new MultiformatMessageString().withText(cut(summary)))
                .withFullDescription(new MultiformatMessageString().withText(cut(full)))
                .withHelp(help)
                .withDefaultConfiguration(new ReportingConfiguration()
                        .withLevel(ReportingConfiguration.Level.fromValue(info.level().id())))
                .withProperties(properties);
    }

    /** A descriptor for a rule id the registry does not know (so that every result has one to point at). */
    static ReportingDescriptor unknown(String id, Level level) {
        return new ReportingDescriptor()
                .withId(id)
                .withShortDescription(new MultiformatMessageString().withText(id))
                .withDefaultConfiguration(new ReportingConfiguration()
                        .withLevel(ReportingConfiguration.Level.fromValue(level.id())));
    }

    /** {@code create-index-blocks-writes} -> {@code CreateIndexBlocksWrites}. */
    static String name(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /** GitHub's words for a level: a note is a recommendation. */
    static String problemSeverity(Level level) {
        return level == Level.NOTE ? "recommendation" : level.id();
    }

    /**
     * The doc's description: the first paragraph after the heading that is not the {@code Level: ...} line,
     * before the first {@code ##} section, as plain text on one line.
     */
    static String description(RuleDoc doc) {
        String[] paragraphs = doc.body().split("\n\\s*\n");
        for (String p : paragraphs) {
            String text = p.strip();
            if (text.startsWith("#")) {
                break;
            }
            if (text.isEmpty() || text.startsWith("Level:")) {
                continue;
            }
            return plain(text).replaceAll("\\s*\n\\s*", " ");
        }
        return "";
    }

    /**
     * The doc without its {@code Claim:} lines: they are instructions for the test that checks the doc on real
     * servers, not text for a reader.
     */
    static String withoutClaims(String markdown) {
        return markdown.replaceAll("(?m)^Claim: .*\\R?", "").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Markdown as plain text: code spans lose their backticks, the rest stays as written. */
    static String plain(String markdown) {
        return markdown.replace("`", "");
    }

    /** {@code text} as a sentence: it ends with a full stop (or ! or ?). */
    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
            return t;
        }
        return t + ".";
    }

    /** At most {@value #MAX_DESCRIPTION} characters, an ellipsis marking a cut, never splitting a surrogate pair. */
    static String cut(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int end = MAX_DESCRIPTION - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
