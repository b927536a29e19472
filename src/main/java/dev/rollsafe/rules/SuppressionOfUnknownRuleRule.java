package dev.rollsafe.rules;

/**
 * A {@code rollsafe:ignore} directive naming a rule id rollsafe does not have (a typo, or a rule that was
 * renamed). The engine reports it; this class only carries the metadata.
 */
@RuleInfo(id = "suppression-of-unknown-rule", level = Level.WARNING,
        summary = "rollsafe:ignore directive naming a rule that does not exist",
        tags = {"suppression"})
public final class SuppressionOfUnknownRuleRule implements Rule {
}
