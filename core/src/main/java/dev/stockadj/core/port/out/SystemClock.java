package dev.stockadj.core.port.out;

import java.time.Duration;
import java.time.Instant;

/** The wall clock, and a real sleep; reached through {@link ClockPort#system()}. */
enum SystemClock implements ClockPort {
    INSTANCE;

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the vendor", e);
        }
    }
}
