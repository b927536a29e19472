package dev.rollsafe.parse;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action when a parse takes longer than its time limit (JSqlParser checks its {@code interrupted}
 * flag while it parses). One daemon thread per watchdog, started on first use and ended after a second
 * without work, so a forgotten watchdog holds no thread. Cheap per parse: one schedule, one cancel.
 */
final class Watchdog {

    /** A scheduled interruption; cancel it when the parse ends. */
    interface Ticket {
        void cancel();
    }

    private final long limitMillis;
    private final ScheduledThreadPoolExecutor timer;

    Watchdog(long limitMillis) {
        this.limitMillis = limitMillis;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rollsafe-parse-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(1, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    Ticket watch(Runnable onTimeout) {
        ScheduledFuture<?> f = timer.schedule(onTimeout, limitMillis, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }
}
