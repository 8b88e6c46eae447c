package dev.stockadj.plumbing.http;

import dev.stockadj.core.testing.ManualClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limiter to the last request, never over it, whatever the pace and the answers' latency: a request leaves no
 * earlier than one window after the answer of the request {@code limit} places before it (so no vendor window that
 * counts a request anywhere between its sending and its answer ever holds more than the limit), and no later than
 * that plus the margin, unless it was asked for later.
 */
class RateLimiterProperties {

    record Step(int gapMillis, int latencyMillis) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 3_000), Arbitraries.integers().between(0, 800))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(120);
    }

    @Property(tries = 300)
    void aRequestLeavesAWindowAfterTheAnswerOfTheOneLimitPlacesBeforeAndNoLater(
            @ForAll @IntRange(min = 1, max = 25) int limit, @ForAll @IntRange(min = 1, max = 90) int windowSeconds,
            @ForAll("steps") List<Step> steps) {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-26T10:00:00Z"));
        Duration window = Duration.ofSeconds(windowSeconds);
        RateLimiter limiter = new RateLimiter("Vendor", Optional.of(new RateLimit(limit, window)), clock);
        List<Instant> asked = new ArrayList<>();
        List<Instant> sent = new ArrayList<>();
        List<Instant> answered = new ArrayList<>();

        for (Step step : steps) {
            clock.advance(Duration.ofMillis(step.gapMillis()));
            asked.add(clock.now());
            RateLimiter.Permit permit = limiter.acquire();
            sent.add(clock.now());
            clock.advance(Duration.ofMillis(step.latencyMillis()));
            limiter.answered(permit, OptionalInt.empty(), OptionalInt.empty());
            answered.add(clock.now());
        }

        Duration margin = window.dividedBy(100).compareTo(Duration.ofMillis(50)) < 0 ? Duration.ofMillis(50)
                : window.dividedBy(100);
        for (int i = limit; i < sent.size(); i++) {
            Instant free = answered.get(i - limit).plus(window);
            assertThat(sent.get(i)).as("request %d", i).isAfterOrEqualTo(free);
            Instant latest = asked.get(i).isAfter(free.plus(margin)) ? asked.get(i) : free.plus(margin);
            assertThat(sent.get(i)).as("request %d waited no longer than needed", i)
                    .isBeforeOrEqualTo(latest.plusMillis(1));
        }
        for (int i = 0; i < Math.min(limit, sent.size()); i++) {
            assertThat(sent.get(i)).as("the first %d go at once", limit).isEqualTo(asked.get(i));
        }
    }

    /** A burst that fills the window before it ends (else no 429 ever comes) teaches the window with its 429. */
    @Property(tries = 200)
    void whateverTheWindowTheFirst429WithItsRetryAfterTeachesItAndTheNextBurstMeetsNone(
            @ForAll @IntRange(min = 1, max = 60) int limit, @ForAll @IntRange(min = 2, max = 120) int windowSeconds,
            @ForAll @IntRange(min = 0, max = 50) int latencyMillis) {
        Assume.that((long) limit * latencyMillis < windowSeconds * 1000L / 2);
        ManualClock clock = new ManualClock(Instant.parse("2026-11-26T10:00:00Z"));
        FixedWindowVendor vendor = new FixedWindowVendor(limit, Duration.ofSeconds(windowSeconds), clock);
        RateLimiter limiter = new RateLimiter("Vendor", Optional.empty(), clock);

        int refusals = 0;
        for (int i = 0; i < 4 * limit + 1; i++) {
            RateLimiter.Permit permit = limiter.acquire();
            clock.advance(Duration.ofMillis(latencyMillis));
            Optional<Duration> retryAfter = vendor.hit();
            if (retryAfter.isPresent()) {
                refusals++;
                limiter.refused(permit, retryAfter);
            } else {
                limiter.answered(permit, OptionalInt.empty(), OptionalInt.empty());
            }
        }

        assertThat(refusals).as("only the first 429, which taught the window").isEqualTo(1);
        assertThat(limiter.limit()).hasValueSatisfying(learnt -> {
            assertThat(learnt.requests()).isEqualTo(limit);
            assertThat(learnt.window()).isBetween(Duration.ofSeconds(windowSeconds).minusMillis(latencyMillis),
                    Duration.ofSeconds(windowSeconds + 1));
        });
    }

    /**
     * A vendor's fixed window as Laravel keeps it: opened by the first request it counts, {@code limit} requests
     * until it ends; past that a 429 with the whole seconds left (rounded up), the request not counted.
     */
    static final class FixedWindowVendor {
        private final int limit;
        private final Duration window;
        private final ManualClock clock;
        private Instant opened;
        private int used;

        FixedWindowVendor(int limit, Duration window, ManualClock clock) {
            this.limit = limit;
            this.window = window;
            this.clock = clock;
        }

        Optional<Duration> hit() {
            Instant now = clock.now();
            if (opened == null || !now.isBefore(opened.plus(window))) {
                opened = now;
                used = 0;
            }
            if (used >= limit) {
                long millis = Duration.between(now, opened.plus(window)).toMillis();
                return Optional.of(Duration.ofSeconds(Math.max(1, (millis + 999) / 1000)));
            }
            used++;
            return Optional.empty();
        }
    }
}
