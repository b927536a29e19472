package dev.rollsafe.cli;

/** An error the user can fix; its message is shown as is, as {@code rollsafe: error: <message>}. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
