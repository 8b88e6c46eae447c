package dev.stockadj.costadj;

import dev.stockadj.core.port.out.ClockPort;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Keeps the client under Foodics' limit. Every request first {@link #acquire() acquires} a slot:
 * at most {@code perMinute} requests in any sliding minute, none while a pause is in force. The
 * vendor's {@code X-RateLimit-Remaining} header {@link #observe observed} after each answer
 * slows the client down when it runs low and stops it for a whole window when it reaches zero;
 * a 429's {@code Retry-After} {@link #pauseFor pauses} it. Callers queue on one lock, so the
 * client never sends two requests at once.
 */
final class Throttle {
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int LOW_WATER = 3;

    private final int perMinute;
    private final ClockPort clock;
    private final Deque<Instant> sent = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;

    Throttle(int perMinute, ClockPort clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be 1 or more");
        }
        this.perMinute = perMinute;
        this.clock = Objects.requireNonNull(clock, "clock is required");
    }

    /** Waits (through the clock) until one more request may leave, and counts it. */
    synchronized void acquire() {
        while (true) {
            Instant now = clock.now();
            while (!sent.isEmpty() && !sent.peekFirst().plus(WINDOW).isAfter(now)) {
                sent.removeFirst();
            }
            Instant next = pausedUntil;
            if (sent.size() >= perMinute) {
                Instant slotFree = sent.peekFirst().plus(WINDOW);
                next = slotFree.isAfter(next) ? slotFree : next;
            }
            if (!next.isAfter(now)) {
                sent.addLast(now);
                return;
            }
            clock.sleep(Duration.between(now, next));
        }
    }

    /** Learns from the vendor's rate-limit headers of an answer. */
    synchronized void observe(OptionalInt limit, OptionalInt remaining) {
        if (remaining.isEmpty()) {
            return;
        }
        int left = remaining.getAsInt();
        if (left <= 0) {
            pauseUntil(clock.now().plus(WINDOW));
        } else if (left <= LOW_WATER) {
            int windowLimit = Math.max(limit.orElse(perMinute), 1);
            pauseUntil(clock.now().plus(WINDOW.dividedBy(windowLimit)));
        }
    }

    /** No request leaves before {@code wait} has passed (a 429's Retry-After, a back-off). */
    synchronized void pauseFor(Duration wait) {
        pauseUntil(clock.now().plus(wait));
    }

    private void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }
}
