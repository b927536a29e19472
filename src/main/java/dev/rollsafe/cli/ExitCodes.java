package dev.rollsafe.cli;

/** rollsafe's exit codes (as Ruff and most linters use them). */
final class ExitCodes {

    /** Nothing at or above the fail level. */
    static final int CLEAN = 0;
    /** Findings at or above the fail level. */
    static final int FINDINGS = 1;
    /** A usage or setup error: bad option, missing path, bad config, unwritable output, internal error. */
    static final int ERROR = 2;

    private ExitCodes() {
    }
}
