package dev.stockadj.plumbing.http;

import dev.stockadj.core.port.out.ClockPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one client-side rate limit of every vendor adapter: requests go at once, in bursts, until the vendor's window
 * is full, and the next one waits until a place in it is free — to the last request, never over it.
 *
 * <p>A request holds its place from when it leaves until one window after its answer arrived ({@link SlotLog}):
 * the answer is the latest moment the vendor can have counted it, so a vendor whose window clock runs a few
 * milliseconds apart from ours, or a request that took long, cannot make the place free here before it is free
 * there. A margin of 1 % of the window (50 ms to 1 s) is added at every window edge for the rest (timer
 * resolution, a vendor that counts in whole seconds).
 *
 * <p>What the vendor says is learnt. {@code X-RateLimit-Limit} lowers the limit (never raises it above the
 * configured one); {@code X-RateLimit-Remaining} lower than this client's count means the vendor counted requests
 * this client did not send, and they take places too. A 429 with its Retry-After says when the next place frees:
 * the requests this client got through since the last 429 fit one window ending then, so that window — or, when
 * they span longer than the known window, the known window with as many requests as it held — becomes the limit,
 * and no request leaves before the Retry-After (and the margin) has passed. A window not known at all is learnt
 * this way from the first 429; the next ones are then avoided. A 429 without a Retry-After (or with 0) says nothing
 * about the window: it only pauses.
 */
public final class RateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);
    /** How long a 429 without Retry-After stops requests when the window is not known either. */
    static final Duration UNKNOWN_WAIT = Duration.ofMinutes(1);
    private static final Duration SHORTEST_WINDOW = Duration.ofSeconds(1);
    /** The requests kept to learn from while the window is not known. */
    private static final int KEPT_UNKNOWN = 10_000;

    /** What a vendor adds to the wait after a 429 (its block rules); by default nothing: the Retry-After. */
    @FunctionalInterface
    public interface AfterRefusal {
        /** The pause after the {@code inARow}th 429 in a row whose Retry-After asked for {@code asked}. */
        Duration pause(int inARow, Duration asked);
    }

    /** A request's place in the window, from {@link #acquire()} until it is answered, refused or failed. */
    public static final class Permit {
        private final SlotLog.Slot slot;

        private Permit(SlotLog.Slot slot) {
            this.slot = slot;
        }
    }

    private final String vendor;
    private final ClockPort clock;
    private final AfterRefusal afterRefusal;
    private final SlotLog slots = new SlotLog();
    private Optional<RateLimit> limit;
    /** What {@link #limit} gives, worked out when it changes rather than on every request. */
    private Duration margin;
    private Duration hold;
    private Instant pausedUntil = Instant.MIN;
    private Instant epoch = Instant.MIN;
    private int refusedInARow;

    /** @param known the vendor's limit as configured; empty: not known until the vendor's first 429 */
    public RateLimiter(String vendor, Optional<RateLimit> known, ClockPort clock, AfterRefusal afterRefusal) {
        this.vendor = Objects.requireNonNull(vendor, "vendor is required");
        believe(Objects.requireNonNull(known, "known is required (may be empty)"));
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.afterRefusal = Objects.requireNonNull(afterRefusal, "afterRefusal is required");
    }

    public RateLimiter(String vendor, Optional<RateLimit> known, ClockPort clock) {
        this(vendor, known, clock, (inARow, asked) -> asked);
    }

    /** The limit as now believed: configured, lowered by what the vendor said, or learnt. */
    public synchronized Optional<RateLimit> limit() {
        return limit;
    }

    /** Waits (through the clock) until one more request fits, and gives it its place. */
    public Permit acquire() {
        while (true) {
            Duration wait;
            synchronized (this) {
                Instant now = clock.now();
                Instant next = nextFree(now);
                if (!next.isAfter(now)) {
                    return new Permit(slots.take(now));
                }
                wait = Duration.ofMillis(Duration.between(now, next).plusNanos(999_999).toMillis());
            }
            LOG.atLevel(wait.compareTo(Duration.ofSeconds(1)) >= 0 ? Level.INFO : Level.DEBUG)
                    .log("waiting {} ms before the next {} request ({}, or as {} asked)", wait.toMillis(), vendor,
                            limit().map(RateLimit::toString).orElse("limit not known yet"), vendor);
            clock.sleep(wait);
        }
    }

    /** The request was answered (not 429): its place is held from now; the vendor's rate headers are learnt. */
    public synchronized void answered(Permit permit, OptionalInt toldLimit, OptionalInt remaining) {
        Instant now = clock.now();
        permit.slot.settle(now);
        refusedInARow = 0;
        if (limit.isEmpty()) {
            return;
        }
        RateLimit known = limit.get();
        if (toldLimit.isPresent() && toldLimit.getAsInt() >= 1 && toldLimit.getAsInt() < known.requests()) {
            believe(Optional.of(new RateLimit(toldLimit.getAsInt(), known.window())));
        }
        if (remaining.isPresent()) {
            int counted = limit.get().requests() - Math.max(0, remaining.getAsInt());
            for (int held = slots.expire(now, hold); held < counted; held++) {
                slots.phantom(now);
            }
        }
    }

    /** The request failed without an answer: it keeps its place if it may have arrived, else gives it back. */
    public synchronized void failed(Permit permit, boolean mayHaveArrived) {
        if (mayHaveArrived) {
            permit.slot.settle(clock.now());
        } else {
            slots.drop(permit.slot);
        }
    }

    /**
     * The vendor answered 429 (the request was not counted) asking to wait {@code retryAfter}. Learns the limit
     * from it and stops every request until then, the vendor's {@link AfterRefusal} and the margin.
     *
     * @return how long from now no request will leave
     */
    public synchronized Duration refused(Permit permit, Optional<Duration> retryAfter) {
        slots.drop(permit.slot);
        refusedInARow++;
        Instant now = clock.now();
        Duration asked = retryAfter.orElse(limit.map(RateLimit::window).orElse(UNKNOWN_WAIT));
        if (retryAfter.isPresent() && !asked.isZero()) {
            learn(now.plus(asked));
        }
        Duration pause = afterRefusal.pause(refusedInARow, asked);
        pauseUntil(now.plus(pause.compareTo(asked) > 0 ? pause : asked).plus(margin));
        epoch = pausedUntil;
        return Duration.between(now, pausedUntil);
    }

    /** No request leaves before {@code wait} has passed (a back-off after a failed read). */
    public synchronized void pauseFor(Duration wait) {
        pauseUntil(clock.now().plus(wait));
    }

    private void learn(Instant freeAt) {
        List<SlotLog.Slot> got = slots.settledSince(epoch);
        if (got.isEmpty()) {
            return;
        }
        Instant first = got.stream().map(SlotLog.Slot::at).min(Comparator.naturalOrder()).orElseThrow();
        Duration span = Duration.between(first, freeAt);
        RateLimit learnt;
        if (limit.isEmpty() || span.compareTo(limit.get().window()) <= 0) {
            learnt = new RateLimit(got.size(), span.compareTo(SHORTEST_WINDOW) < 0 ? SHORTEST_WINDOW : span);
        } else {
            Instant from = freeAt.minus(limit.get().window());
            learnt = new RateLimit((int) Math.max(1, got.stream().filter(s -> !s.at().isBefore(from)).count()),
                    limit.get().window());
        }
        if (!Optional.of(learnt).equals(limit)) {
            LOG.info("{} answered 429: its rate limit is taken as {} (was {})", vendor, learnt,
                    limit.map(RateLimit::toString).orElse("not known"));
            believe(Optional.of(learnt));
        }
    }

    private Instant nextFree(Instant now) {
        Instant next = pausedUntil;
        if (limit.isEmpty()) {
            slots.keepNewest(KEPT_UNKNOWN);
            return next;
        }
        slots.expire(now, hold);
        Instant free = slots.freeFor(limit.get().requests(), hold, now);
        return free.isAfter(next) ? free : next;
    }

    /**
     * Takes {@code believed} as the limit, with its margin (1 % of the window, at least 50 ms, at most 1 s) and how
     * long a request holds its place (the window and the margin).
     */
    private void believe(Optional<RateLimit> believed) {
        limit = believed;
        Duration window = believed.map(RateLimit::window).orElse(Duration.ZERO);
        Duration share = window.dividedBy(100);
        margin = share.compareTo(Duration.ofMillis(50)) < 0 ? Duration.ofMillis(50)
                : share.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : share;
        hold = window.plus(margin);
    }

    private void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }
}
