package dev.stockadj.costadj;

import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.VendorUnavailable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The caller's clock for the time, and a real sleep. It never reads earlier than the end of its last sleep, so a
 * clock that stands still (a fixed one) cannot keep the throttle waiting for ever.
 */
final class CallerClock implements ClockPort {
    private final Clock clock;
    private Instant sleptUntil = Instant.MIN;

    CallerClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock is required");
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
            throw new VendorUnavailable(false, "interrupted while waiting to send to Foodics; nothing was sent", e);
        }
        synchronized (this) {
            if (until.isAfter(sleptUntil)) {
                sleptUntil = until;
            }
        }
    }
}
