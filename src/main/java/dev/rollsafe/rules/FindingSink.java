package dev.rollsafe.rules;

import dev.rollsafe.model.Span;
import java.util.List;

/** Where a rule reports. The engine fills in the rule id, level (after configuration) and path. */
public interface FindingSink {

    /** Reports at the statement's span. */
    void report(String message, String help);

    /** Reports at another span of the same file (a clause of the statement, say). */
    void report(Span span, String message, String help, List<Evidence> evidence);

    /**
     * Reports at the default span with a level below the rule's default (a milder case of the same hazard,
     * such as a white-space-only edit). A level above the rule's default is capped at it.
     */
    default void report(Level level, String message, String help) {
        report(message, help);
    }

    /** Reports at the statement's span with a repair ({@code check --fix} applies it). Sinks that keep no fixes drop it. */
    default void report(String message, String help, Fix fix) {
        report(message, help);
    }
}
