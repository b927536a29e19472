package dev.rollsafe.release.history;

import dev.rollsafe.source.Config;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which tags are releases. The default takes {@code v?MAJOR.MINOR[.PATCH][-pre]} ({@code 1.2}, {@code v1.2.3},
 * {@code v2.0.0-rc.1}); other tags are ignored. A project sets its own in {@code rollsafe.yaml}:
 *
 * <pre>
 * releaseTags: '^release-(?&lt;version&gt;\d+\.\d+\.\d+)$'
 * </pre>
 *
 * The regex must match the whole tag name. The version is the named group {@code version} when the regex has
 * one, else the tag name from its first digit on (see {@link ReleaseVersion#parse}).
 *
 * @param regex   the pattern in use
 * @param problem why the configured pattern was not used (one line), or null
 */
public record TagPattern(Pattern regex, String problem) {
    /** The config key of the pattern. */
    public static final String CONFIG_KEY = "releaseTags";
    /** {@code v?MAJOR.MINOR[.PATCH][-pre]}. */
    public static final TagPattern DEFAULT =
            new TagPattern(Pattern.compile("[vV]?\\d+\\.\\d+(?:\\.\\d+)?(?:-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?"), null);

    /** The pattern of the config, or the default (with a problem) when it is missing or not a valid regex. */
    public static TagPattern of(Config config) {
        Object value = config == null ? null : config.extra().get(CONFIG_KEY);
        if (value == null) {
            return DEFAULT;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            return new TagPattern(DEFAULT.regex, CONFIG_KEY + " must be a regex string; using the default");
        }
        try {
            return new TagPattern(Pattern.compile(s), null);
        } catch (PatternSyntaxException e) {
            return new TagPattern(DEFAULT.regex, CONFIG_KEY + " is not a valid regex (" + e.getDescription()
                    + "); using the default");
        }
    }

    /** The release version of a tag, or empty when the tag is not a release. */
    public Optional<ReleaseVersion> version(String tag) {
        Matcher m = regex.matcher(tag);
        if (!m.matches()) {
            return Optional.empty();
        }
        String text = tag;
        if (regex.pattern().contains("(?<version>")) {
            String g = m.group("version");
            if (g == null) {
                return Optional.empty();
            }
            text = g;
        }
        return ReleaseVersion.parse(tag, text);
    }
}
