package dev.stockadj.aolib;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * A polite client-side limit: request starts are spaced at least 60 s / requests-per-minute
 * apart. Order Time documents no limit, so this only keeps the adapter from hammering it. The time is never read
 * as earlier than the end of the last wait, so a clock that stands still (a caller's fixed clock) makes the
 * throttle wait as long as a running one would, not longer.
 */
final class Throttle {
    private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long nextStart;
    private boolean started;
    private long awake = Long.MIN_VALUE;

    Throttle(int requestsPerMinute) {
        this(requestsPerMinute, System::nanoTime);
    }

    /** Spaces requests on {@code clock}'s time. */
    Throttle(int requestsPerMinute, Clock clock) {
        this(requestsPerMinute, () -> nanos(clock.instant()));
    }

    private Throttle(int requestsPerMinute, LongSupplier nanoTime) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests per minute must be 1 or more");
        }
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / requestsPerMinute;
        this.nanoTime = nanoTime;
    }

    /** Waits for the next free slot. Throws InterruptedException when interrupted while waiting. */
    void acquire() throws InterruptedException {
        long wait = reserveNow();
        if (wait > 0) {
            LOG.atLevel(wait >= 1_000_000_000L ? Level.INFO : Level.DEBUG).log(
                    "waiting {} ms for the client-side limit of {} Order Time requests per minute",
                    wait / 1_000_000L, Duration.ofMinutes(1).toNanos() / intervalNanos);
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        }
    }

    /** Reserves the next slot from the time now (never before the end of the last wait). */
    private synchronized long reserveNow() {
        long now = Math.max(nanoTime.getAsLong(), awake);
        long wait = reserve(now);
        awake = now + wait;
        return wait;
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    /** Reserves the next slot at or after {@code now}; returns how many nanoseconds to wait for it. */
    synchronized long reserve(long now) {
        long slot = started && nextStart - now > 0 ? nextStart : now;
        started = true;
        nextStart = slot + intervalNanos;
        return slot - now;
    }
}
