package dev.stockadj.costadj;

import dev.stockadj.core.port.out.ClockPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Keeps the client under Foodics' limit. Every request first {@link #acquire() acquires} a slot:
 * at most {@code perMinute} requests in any sliding minute, none while a pause is in force. The
 * vendor's {@code X-RateLimit-Remaining} header, {@link #answered learnt} from each answer other
 * than a 429, slows the client down when it runs low and stops it for a whole window when it
 * reaches zero; a {@link #rateLimited 429} pauses it.
 *
 * <p>Foodics blocks a token for a minute after more than 10 consecutive 429s within 10 s. The
 * throttle counts consecutive 429s across every call of the client (any other answer ends the
 * run), waits at least {@link #MIN_RATE_LIMIT_WAIT} after each, and from the
 * {@value #LONG_RUN}th in a row on at least {@link #COOL_DOWN}: the 429s of one run after its
 * fifth are more than 10 s apart, so no 10 s holds more than {@value #LONG_RUN} of them.
 */
final class Throttle {
    private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** The shortest wait after a 429, whatever its Retry-After says ("0" included). */
    static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofSeconds(1);
    /** Consecutive 429s after which each further one is followed by a {@link #COOL_DOWN}. */
    static final int LONG_RUN = 5;
    /** Foodics' 10 s window, and a second more: a 429 after it falls in no window with the one before. */
    static final Duration COOL_DOWN = Duration.ofSeconds(11);
    private static final int LOW_WATER = 3;

    private final int perMinute;
    private final ClockPort clock;
    private final Deque<Instant> sent = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;
    private int consecutive429s;

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
            Duration wait = Duration.between(now, next);
            LOG.atLevel(wait.compareTo(Duration.ofSeconds(1)) >= 0 ? Level.INFO : Level.DEBUG)
                    .log("waiting {} ms before the next Foodics request ({} per minute, or as Foodics asked)",
                            wait.toMillis(), perMinute);
            clock.sleep(wait);
        }
    }

    /** An answer other than a 429 arrived: it ends a run of 429s, and its rate-limit headers are learnt from. */
    synchronized void answered(OptionalInt limit, OptionalInt remaining) {
        consecutive429s = 0;
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

    /**
     * A 429 arrived asking to wait {@code retryAfter}. No request leaves before that has passed, nor
     * before {@link #MIN_RATE_LIMIT_WAIT}, nor, from the {@value #LONG_RUN}th 429 in a row on,
     * before {@link #COOL_DOWN}.
     *
     * @return how long from now no request will leave
     */
    synchronized Duration rateLimited(Duration retryAfter) {
        consecutive429s++;
        Duration wait = longer(retryAfter, MIN_RATE_LIMIT_WAIT);
        if (consecutive429s >= LONG_RUN) {
            wait = longer(wait, COOL_DOWN);
        }
        Instant now = clock.now();
        pauseUntil(now.plus(wait));
        return Duration.between(now, pausedUntil);
    }

    /** No request leaves before {@code wait} has passed (a back-off). */
    synchronized void pauseFor(Duration wait) {
        pauseUntil(clock.now().plus(wait));
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }
}
