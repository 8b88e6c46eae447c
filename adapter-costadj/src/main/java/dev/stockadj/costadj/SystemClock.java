package dev.stockadj.costadj;

import dev.stockadj.core.port.out.ClockPort;

import java.time.Duration;
import java.time.Instant;

/** The real time, and real waiting. */
final class SystemClock implements ClockPort {
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
            throw new IllegalStateException("interrupted while waiting to call Foodics", e);
        }
    }
}
