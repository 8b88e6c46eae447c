package dev.stockadj.costadj;

import dev.stockadj.plumbing.http.RateLimiter;

import java.time.Duration;

/**
 * Foodics' block rule [doc, quoted by integrators]: more than 10 consecutive 429s within 10 s block the token for
 * 60 s. So after a 429 the client waits at least {@link #MIN_RATE_LIMIT_WAIT}, whatever its Retry-After says ("0"
 * included), and from the {@value #LONG_RUN}th 429 in a row on at least {@link #COOL_DOWN}: the 429s of one run after
 * its fifth are more than 10 s apart, so no 10 s hold more than {@value #LONG_RUN} of them. The run is counted across
 * every call of the adapter; any other answer ends it.
 */
final class FoodicsBlockRule implements RateLimiter.AfterRefusal {
    /** The shortest wait after a 429. */
    static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofSeconds(1);
    /** Consecutive 429s after which each further one is followed by a {@link #COOL_DOWN}. */
    static final int LONG_RUN = 5;
    /** Foodics' 10 s window, and a second more: a 429 after it falls in no window with the one before. */
    static final Duration COOL_DOWN = Duration.ofSeconds(11);

    @Override
    public Duration pause(int inARow, Duration asked) {
        Duration wait = longer(asked, MIN_RATE_LIMIT_WAIT);
        return inARow >= LONG_RUN ? longer(wait, COOL_DOWN) : wait;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
