package dev.rollsafe.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * JSqlParser logs through java.util.logging; its chatter must not reach the user's terminal. The level
 * goes into the logging configuration (not onto a logger object, which the JVM may collect and forget).
 */
final class ParserLogging {

    static final String LOGGER = "net.sf.jsqlparser";

    private ParserLogging() {
    }

    static void silence() {
        byte[] config = (LOGGER + ".level = OFF\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            LogManager.getLogManager().updateConfiguration(new ByteArrayInputStream(config),
                    key -> (oldValue, newValue) -> newValue == null ? oldValue : newValue);
        } catch (IOException e) {
            // cannot happen with an in-memory stream; the parser's log lines would then stay on
        }
    }
}
