package dev.rollsafe.cli;

import java.io.PrintWriter;

/**
 * A one-line "still working" note on stderr for runs that take more than a second on a terminal, rewritten in
 * place and erased when the work is done, so that nothing of it stays on the screen or reaches a pipe.
 */
final class Progress implements AutoCloseable {
    private static final long FIRST_MS = 1000;
    private static final long EVERY_MS = 250;

    private final PrintWriter err;
    private final Thread thread;
    private final long start = System.nanoTime();
    private boolean shown;

    private Progress(PrintWriter err, String what, boolean enabled) {
        this.err = err;
        if (!enabled) {
            thread = null;
            return;
        }
        thread = new Thread(() -> run(what), "rollsafe-progress");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts showing progress of {@code what} when {@code enabled}; else does nothing. */
    static Progress start(PrintWriter err, String what, boolean enabled) {
        return new Progress(err, what, enabled);
    }

    private void run(String what) {
        try {
            Thread.sleep(FIRST_MS);
            String[] spin = {"|", "/", "-", "\\"};
            for (int i = 0; ; i++) {
                synchronized (this) {
                    long s = (System.nanoTime() - start) / 1_000_000_000L;
                    err.print("\rrollsafe: " + what + " " + spin[i % spin.length] + " " + s + " s");
                    err.flush();
                    shown = true;
                }
                Thread.sleep(EVERY_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seconds since the start. */
    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (shown) {
                err.print("\r\u001b[2K");
                err.flush();
            }
        }
    }
}
