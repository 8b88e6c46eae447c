package dev.stockadj.plumbing.http;

import java.time.Duration;
import java.util.Objects;

/**
 * A vendor's rate limit as the client believes it: at most {@code requests} in any {@code window}.
 *
 * @param requests how many requests the window holds, 1 or more
 * @param window   how long the window is, positive
 */
public record RateLimit(int requests, Duration window) {
    public RateLimit {
        Objects.requireNonNull(window, "window is required");
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit holds 1 request or more: " + requests);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit's window must be positive: " + window);
        }
    }

    /** {@code requests} per minute, as the vendors document their limits. */
    public static RateLimit perMinute(int requests) {
        return new RateLimit(requests, Duration.ofMinutes(1));
    }

    @Override
    public String toString() {
        return requests + " per " + (window.toMillis() % 1000 == 0 ? window.toSeconds() + " s" : window.toMillis() + " ms");
    }
}
