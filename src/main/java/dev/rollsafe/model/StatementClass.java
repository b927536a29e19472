package dev.rollsafe.model;

import java.util.Locale;

/**
 * What a statement can do to the code that is still running. Declared from least to most severe, so
 * that the class of a statement with several actions is the maximum of its actions' classes.
 * {@link #UNKNOWN} is outside that order: it is used only when a statement was not understood.
 */
public enum StatementClass {
    NEUTRAL,
    ADDITIVE,
    DATA,
    NARROWING,
    DESTRUCTIVE,
    UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The more severe of two classes (destructive > narrowing > data > additive > neutral). */
    public StatementClass max(StatementClass other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
