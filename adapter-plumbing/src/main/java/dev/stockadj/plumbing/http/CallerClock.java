package dev.stockadj.plumbing.http;

import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.VendorUnavailable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller's {@link Clock} for the time an adapter reads (rate-limit windows, Retry-After dates), and a real
 * sleep for its waits. It never reads earlier than the end of its last sleep, so a clock that stands still (a
 * caller's fixed clock) makes the limiter wait as long as a running one would, not forever.
 */
public final class CallerClock implements ClockPort {
    private final Clock clock;
    private Instant sleptUntil = Instant.MIN;

    public CallerClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock is required");
    }

    /** The caller's clock if there is one, else the system's (UTC). */
    public static ClockPort of(Optional<Clock> clock) {
        return new CallerClock(clock.orElseGet(Clock::systemUTC));
    }

    @Override
    public synchronized Instant now() {
        Instant read = clock.instant();
        return read.isBefore(sleptUntil) ? sleptUntil : read;
    }

    @Override
    public void sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        Instant until = now().plus(duration);
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VendorUnavailable(false, "interrupted while waiting to send; nothing was sent", e);
        }
        synchronized (this) {
            if (until.isAfter(sleptUntil)) {
                sleptUntil = until;
            }
        }
    }
}
