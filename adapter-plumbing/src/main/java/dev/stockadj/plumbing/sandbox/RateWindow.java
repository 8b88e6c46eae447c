package dev.stockadj.plumbing.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;

/**
 * A vendor's rate limit: at most {@code limit} requests in any {@code window}, timed on the sandbox's own clock
 * as each request is admitted. A request admitted exactly one window earlier no longer counts, so a client that
 * spaces its requests exactly at the limit meets the edge and passes, as at a server whose window has just ended;
 * one a moment sooner is refused. A refused request is answered with the vendor's 429 and {@code Retry-After}: the
 * whole seconds until the oldest counted request leaves the window, at least 1. Refused requests do not count.
 *
 * <p>Any window is the strictest reading of "N per window": a client that never meets its 429 here meets none at
 * a server counting fixed windows either. Optionally every counted answer carries {@code X-RateLimit-Limit} and
 * {@code X-RateLimit-Remaining}, as Laravel and many other APIs send. Off (no limit) until {@link #limit} is set.
 */
public final class RateWindow {
    private final InstantSource clock;
    private final Answer tooMany;
    private final boolean limitHeaders;
    private final Deque<Instant> admitted = new ArrayDeque<>();
    private int limit;
    private Duration window = Duration.ZERO;

    /** @param tooMany the vendor's 429 answer, without {@code Retry-After} (added here) */
    public RateWindow(InstantSource clock, Answer tooMany, boolean limitHeaders) {
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.tooMany = Objects.requireNonNull(tooMany, "tooMany is required");
        this.limitHeaders = limitHeaders;
    }

    /** From now on at most {@code requests} in any {@code window}; forgets what was counted before. */
    public synchronized RateWindow limit(int requests, Duration newWindow) {
        if (requests < 1 || newWindow.isNegative() || newWindow.isZero()) {
            throw new IllegalArgumentException("the limit must be 1 or more and the window positive: " + requests
                    + " per " + newWindow);
        }
        limit = requests;
        window = newWindow;
        admitted.clear();
        return this;
    }

    /** Counts the request if there is room; else the 429 to answer instead. */
    synchronized Decision admit() {
        if (limit == 0) {
            return new Decision(Optional.empty(), Map.of());
        }
        Instant now = clock.instant();
        Instant edge = now.minus(window);
        while (!admitted.isEmpty() && !admitted.peekFirst().isAfter(edge)) {
            admitted.removeFirst();
        }
        if (admitted.size() < limit) {
            admitted.addLast(now);
            return new Decision(Optional.empty(), headers(limit - admitted.size()));
        }
        long millis = Duration.between(now, admitted.peekFirst().plus(window)).toMillis();
        Answer refusal = tooMany.withHeader("Retry-After", Long.toString(Math.max(1, (millis + 999) / 1000)));
        return new Decision(Optional.of(refusal.withHeaders(headers(0))), Map.of());
    }

    private Map<String, String> headers(int remaining) {
        return limitHeaders ? Map.of("X-RateLimit-Limit", Integer.toString(limit),
                "X-RateLimit-Remaining", Integer.toString(remaining)) : Map.of();
    }

    /** The window's word on one request: the 429 to answer instead, or the headers its answer is to carry. */
    record Decision(Optional<Answer> refusal, Map<String, String> headers) {
        Answer stamp(Answer answer) {
            return answer.withHeaders(headers);
        }
    }
}
