package dev.rollsafe.source;

/** A rollsafe.yaml that cannot be used; the message is one line naming the file (and line when known). */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
