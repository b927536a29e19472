package dev.rollsafe.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ParserLoggingTest {

    @Test
    void silencesJsqlparserLoggersOnly() {
        ParserLogging.silence();
        System.gc();
        assertFalse(Logger.getLogger("net.sf.jsqlparser.parser.CCJSqlParser").isLoggable(Level.SEVERE));
        assertFalse(Logger.getLogger(ParserLogging.LOGGER).isLoggable(Level.SEVERE));
        assertTrue(Logger.getLogger("dev.rollsafe.other").isLoggable(Level.SEVERE));
    }
}
