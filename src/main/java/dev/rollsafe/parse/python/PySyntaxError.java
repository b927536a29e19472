package dev.rollsafe.parse.python;

/** Python text outside the subset this reader knows, at a char offset of the file. */
public final class PySyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    PySyntaxError(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
