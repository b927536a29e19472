package dev.rollsafe.rules;

/**
 * A {@code rollsafe:ignore} directive that gives no reason after {@code --}. The engine reports it (it reads
 * the directives after the other rules ran), so this class only carries the metadata.
 */
@RuleInfo(id = "suppression-without-reason", level = Level.WARNING,
        summary = "rollsafe:ignore directive that does not say why the finding is safe to ignore",
        tags = {"suppression"})
public final class SuppressionWithoutReasonRule implements Rule {
}
