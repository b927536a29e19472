package dev.rollsafe.cli;

import java.util.Map;

/**
 * What the output streams are connected to. On a terminal rollsafe colours the text report (unless
 * {@code NO_COLOR} is set to anything but the empty string, or {@code TERM=dumb}), ends the summary with the
 * time taken and shows progress on stderr during long runs. Anywhere else (a pipe, a file, a test, CI logs)
 * the output is plain and the same from run to run.
 *
 * @param interactive standard output is a terminal
 * @param colour      the text report may use ANSI colours
 */
public record Terminal(boolean interactive, boolean colour) {

    /** Not a terminal: plain, reproducible output. */
    public static final Terminal NONE = new Terminal(false, false);

    /** The terminal this process runs in ({@code System.console()} is only there when stdin and stdout are one). */
    public static Terminal detect() {
        return of(System.console() != null, System.getenv());
    }

    static Terminal of(boolean interactive, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        boolean colour = interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
        return new Terminal(interactive, colour);
    }
}
