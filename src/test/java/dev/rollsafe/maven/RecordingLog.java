package dev.rollsafe.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps every line with its level, for the tests to read. */
final class RecordingLog implements Log {

    final List<String> lines = new ArrayList<>();

    String text() {
        return String.join("\n", lines);
    }

    private void add(String level, CharSequence content, Throwable error) {
        lines.add("[" + level + "] " + (content == null ? "" : content)
                + (error == null ? "" : " (" + error + ")"));
    }

    @Override public boolean isDebugEnabled() { return true; }
    @Override public void debug(CharSequence c) { add("DEBUG", c, null); }
    @Override public void debug(CharSequence c, Throwable e) { add("DEBUG", c, e); }
    @Override public void debug(Throwable e) { add("DEBUG", null, e); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence c) { add("INFO", c, null); }
    @Override public void info(CharSequence c, Throwable e) { add("INFO", c, e); }
    @Override public void info(Throwable e) { add("INFO", null, e); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence c) { add("WARNING", c, null); }
    @Override public void warn(CharSequence c, Throwable e) { add("WARNING", c, e); }
    @Override public void warn(Throwable e) { add("WARNING", null, e); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence c) { add("ERROR", c, null); }
    @Override public void error(CharSequence c, Throwable e) { add("ERROR", c, e); }
    @Override public void error(Throwable e) { add("ERROR", null, e); }
}
