package dev.stockadj.costadj.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Foodics' limit as Laravel's throttle applies it: a fixed window opens with the first request
 * and allows {@code limit} requests until it ends; past that, 429 with the seconds left.
 */
final class RateWindow {
    private final Supplier<Instant> clock;
    private int limit;
    private Duration window;
    private Instant opened = Instant.MIN;
    private int used;

    RateWindow(Supplier<Instant> clock, int limit, Duration window) {
        this.clock = Objects.requireNonNull(clock, "clock is required");
        configure(limit, window);
    }

    synchronized void configure(int newLimit, Duration newWindow) {
        if (newLimit < 1 || newWindow.isNegative() || newWindow.isZero()) {
            throw new IllegalArgumentException("limit must be 1 or more and the window positive");
        }
        limit = newLimit;
        window = newWindow;
        opened = Instant.MIN;
        used = 0;
    }

    /** Counts one request; the answer says whether it may pass, what remains and how long to wait. */
    synchronized Decision hit() {
        Instant now = clock.get();
        if (opened.equals(Instant.MIN) || !now.isBefore(opened.plus(window))) {
            opened = now;
            used = 0;
        }
        if (used >= limit) {
            Duration left = Duration.between(now, opened.plus(window));
            long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
            return new Decision(false, limit, 0, seconds);
        }
        used++;
        return new Decision(true, limit, limit - used, 0);
    }

    record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }
}
