package dev.rollsafe.rules;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is, in SARIF's words. Declared from least to most severe. */
public enum Level {
    NOTE,
    WARNING,
    ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Level other) {
        return ordinal() >= other.ordinal();
    }

    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "note": case "info": return Optional.of(NOTE);
            case "warning": case "warn": return Optional.of(WARNING);
            case "error": return Optional.of(ERROR);
            default: return Optional.empty();
        }
    }
}
