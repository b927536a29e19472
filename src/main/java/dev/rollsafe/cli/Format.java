package dev.rollsafe.cli;

import java.util.Locale;
import java.util.Optional;

/** Output formats of check and classify. */
enum Format {
    TEXT,
    JSON,
    SARIF,
    GITLAB,
    GITHUB,
    HTML;

    static Optional<Format> parse(String text) {
        for (Format f : values()) {
            if (f.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Commands other than check write only text or JSON: any other format is a usage error, not a silent text. */
    static void requireTextOrJson(Format format, String command) {
        if (format != TEXT && format != JSON) {
            String name = format.name().toLowerCase(Locale.ROOT);
            throw new UserError("--format " + name + " is a check report: " + command + " writes text or json, not "
                    + name);
        }
    }
}
