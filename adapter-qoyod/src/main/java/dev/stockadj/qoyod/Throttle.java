package dev.stockadj.qoyod;

import dev.stockadj.core.port.out.VendorUnavailable;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * Keeps the client under a number of requests in any sliding 60-second window: a request that would
 * exceed it waits until the oldest request of the window is a minute old.
 */
final class Throttle {
    /** Waits; tests substitute one that records instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final int limit;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Deque<Long> starts = new ArrayDeque<>();

    Throttle(int limit, LongSupplier nanoTime, Sleeper sleeper) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more: " + limit);
        }
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    static Throttle perMinute(int limit) {
        return new Throttle(limit, System::nanoTime, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    }

    /** Blocks until one more request fits the window, then counts it. */
    synchronized void acquire() {
        while (true) {
            long now = nanoTime.getAsLong();
            while (!starts.isEmpty() && now - starts.peekFirst() >= WINDOW_NANOS) {
                starts.removeFirst();
            }
            if (starts.size() < limit) {
                starts.addLast(now);
                return;
            }
            Duration wait = Duration.ofNanos(starts.peekFirst() + WINDOW_NANOS - now);
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VendorUnavailable(false, "interrupted while waiting for the Qoyod rate limit; nothing sent", e);
            }
        }
    }
}
