package dev.rollsafe.cli;

import java.util.Locale;
import java.util.Optional;

/** Output formats of check and classify. */
enum Format {
    TEXT,
    JSON,
    HTML,
    GITHUB;

    static Optional<Format> parse(String text) {
        for (Format f : values()) {
            if (f.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
