package dev.rollsafe.rules;

/**
 * A {@code rollsafe:ignore} directive whose rule found nothing where it applies, so it hides nothing today
 * and would hide a future finding unseen. The engine reports it; this class only carries the metadata.
 */
@RuleInfo(id = "unused-suppression", level = Level.WARNING,
        summary = "rollsafe:ignore directive that suppresses no finding",
        tags = {"suppression"})
public final class UnusedSuppressionRule implements Rule {
}
