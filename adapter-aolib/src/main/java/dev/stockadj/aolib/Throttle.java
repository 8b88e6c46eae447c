package dev.stockadj.aolib;

import java.time.Duration;

/**
 * A polite client-side limit: request starts are spaced at least 60 s / requests-per-minute
 * apart. Order Time documents no limit, so this only keeps the adapter from hammering it.
 */
final class Throttle {

    private final long intervalNanos;
    private long nextStart;
    private boolean started;

    Throttle(int requestsPerMinute) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests per minute must be 1 or more");
        }
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / requestsPerMinute;
    }

    /** Waits for the next free slot. Throws InterruptedException when interrupted while waiting. */
    void acquire() throws InterruptedException {
        long wait = reserve(System.nanoTime());
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        }
    }

    /** Reserves the next slot at or after {@code now}; returns how many nanoseconds to wait for it. */
    synchronized long reserve(long now) {
        long slot = started && nextStart - now > 0 ? nextStart : now;
        started = true;
        nextStart = slot + intervalNanos;
        return slot - now;
    }
}
