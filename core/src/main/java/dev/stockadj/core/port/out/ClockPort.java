package dev.stockadj.core.port.out;

import java.time.Duration;
import java.time.Instant;

/** The time, and waiting (for a vendor's Retry-After). */
public interface ClockPort {
    Instant now();

    void sleep(Duration duration);

    /** The wall clock, and a real sleep: what every run outside a test uses. */
    static ClockPort system() {
        return SystemClock.INSTANCE;
    }
}
