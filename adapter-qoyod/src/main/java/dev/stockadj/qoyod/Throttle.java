package dev.stockadj.qoyod;

import dev.stockadj.core.port.out.VendorUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * Keeps the client under a number of requests in any sliding 60-second window: a request that would
 * exceed it waits until the oldest request of the window is a minute old, and starts then. The time is never
 * read as earlier than the end of the last wait, so a clock that stands still (a caller's fixed clock) makes
 * the throttle wait as long as a running one would, not longer.
 */
final class Throttle {
    private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);

    /** Waits; tests substitute one that records instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final int limit;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Deque<Long> starts = new ArrayDeque<>();
    private long awake = Long.MIN_VALUE;

    Throttle(int limit, LongSupplier nanoTime, Sleeper sleeper) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more: " + limit);
        }
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    static Throttle perMinute(int limit) {
        return new Throttle(limit, System::nanoTime, Throttle::sleep);
    }

    /** The window read from {@code clock}; the waits are real. */
    static Throttle perMinute(int limit, Clock clock) {
        return new Throttle(limit, () -> nanos(clock.instant()), Throttle::sleep);
    }

    /** Blocks until one more request fits the window, then counts it. */
    synchronized void acquire() {
        long now = Math.max(nanoTime.getAsLong(), awake);
        while (!starts.isEmpty() && now - starts.peekFirst() >= WINDOW_NANOS) {
            starts.removeFirst();
        }
        if (starts.size() < limit) {
            starts.addLast(now);
            return;
        }
        long start = starts.removeFirst() + WINDOW_NANOS;
        starts.addLast(start);
        awake = start;
        Duration wait = Duration.ofNanos(start - now);
        if (wait.compareTo(Duration.ofSeconds(1)) >= 0) {
            LOG.info("waiting {} ms for the client-side limit of {} Qoyod requests per minute", wait.toMillis(), limit);
        } else {
            LOG.debug("waiting {} ms for the client-side limit of {} Qoyod requests per minute", wait.toMillis(), limit);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VendorUnavailable(false, "interrupted while waiting for the Qoyod rate limit; nothing sent", e);
        }
    }

    private static void sleep(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
