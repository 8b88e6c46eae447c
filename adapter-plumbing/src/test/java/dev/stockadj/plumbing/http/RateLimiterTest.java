package dev.stockadj.plumbing.http;

import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.plumbing.testing.LogCapture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rate limiter, on a manual clock: no sleeping in tests. */
class RateLimiterTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private final ManualClock clock = new ManualClock(T0);

    private RateLimiter limiter(int requests, Duration window) {
        return new RateLimiter("Vendor", Optional.of(new RateLimit(requests, window)), clock);
    }

    private static void answer(RateLimiter limiter) {
        limiter.answered(limiter.acquire(), OptionalInt.empty(), OptionalInt.empty());
    }

    @Test
    void burstsUpToTheLimitWithoutWaiting() {
        RateLimiter limiter = limiter(3, Duration.ofMinutes(1));

        answer(limiter);
        answer(limiter);
        answer(limiter);

        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void theNextWaitsOneWindowAndTheMarginAfterTheOldestAnswer() {
        RateLimiter limiter = limiter(3, Duration.ofMinutes(1));
        answer(limiter);
        clock.advance(Duration.ofSeconds(10));
        answer(limiter);
        answer(limiter);

        answer(limiter);

        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(50_600));
    }

    @Test
    void aLimitNotKnownLetsEveryRequestGoUntilThe429ThatTeachesIt() {
        RateLimiter limiter = new RateLimiter("Vendor", Optional.empty(), clock);
        for (int i = 0; i < 50; i++) {
            RateLimiter.Permit permit = limiter.acquire();
            clock.advance(Duration.ofMillis(10));
            limiter.answered(permit, OptionalInt.empty(), OptionalInt.empty());
        }
        RateLimiter.Permit refused = limiter.acquire();
        clock.advance(Duration.ofMillis(10));

        Duration pause = limiter.refused(refused, Optional.of(Duration.ofSeconds(10)));

        assertThat(clock.sleeps()).isEmpty();
        assertThat(limiter.limit()).contains(new RateLimit(50, Duration.ofMillis(10_500)));
        assertThat(pause).isEqualTo(Duration.ofMillis(10_105));
        answer(limiter);
        assertThat(clock.sleeps()).containsExactly(pause);
    }

    @Test
    void a429WithoutRetryAfterTeachesNothingAndPausesAWindow() {
        RateLimiter limiter = limiter(30, Duration.ofMinutes(1));
        answer(limiter);

        Duration pause = limiter.refused(limiter.acquire(), Optional.empty());

        assertThat(limiter.limit()).contains(RateLimit.perMinute(30));
        assertThat(pause).isEqualTo(Duration.ofMillis(60_600));
    }

    @Test
    void theVendorsLimitHeaderLowersTheLimitButNeverRaisesIt() {
        RateLimiter limiter = limiter(600, Duration.ofMinutes(1));
        limiter.answered(limiter.acquire(), OptionalInt.of(30), OptionalInt.of(29));
        assertThat(limiter.limit()).contains(RateLimit.perMinute(30));

        limiter.answered(limiter.acquire(), OptionalInt.of(90), OptionalInt.of(88));
        assertThat(limiter.limit()).contains(RateLimit.perMinute(30));
    }

    @Test
    void requestsTheVendorCountedAndThisClientDidNotSendTakePlacesToo() {
        RateLimiter limiter = limiter(30, Duration.ofMinutes(1));
        limiter.answered(limiter.acquire(), OptionalInt.of(30), OptionalInt.of(0));

        answer(limiter);

        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(60_600));
    }

    @Test
    void aRequestThatSurelyDidNotArriveGivesItsPlaceBackOneThatMayHaveArrivedKeepsIt() {
        RateLimiter limiter = limiter(1, Duration.ofMinutes(1));
        limiter.failed(limiter.acquire(), false);
        answer(limiter);
        assertThat(clock.sleeps()).isEmpty();

        limiter.failed(limiter.acquire(), true);
        answer(limiter);
        assertThat(clock.sleeps()).hasSize(2);
    }

    @Test
    void aBackOffHoldsTheNextRequestBack() {
        RateLimiter limiter = limiter(30, Duration.ofMinutes(1));
        limiter.pauseFor(Duration.ofSeconds(7));

        answer(limiter);

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aWaitOfASecondOrMoreIsLoggedAtInfoAndAShorterOneAtDebug() {
        RateLimiter limiter = limiter(1, Duration.ofSeconds(1));
        try (LogCapture log = new LogCapture("dev.stockadj.plumbing.http.RateLimiter")) {
            answer(limiter);
            clock.advance(Duration.ofMillis(500));
            answer(limiter);
            limiter.pauseFor(Duration.ofSeconds(2));
            answer(limiter);

            assertThat(log.events()).extracting(e -> e.getLevel() + " " + e.getFormattedMessage()).containsExactly(
                    "DEBUG waiting 550 ms before the next Vendor request (1 per 1 s, or as Vendor asked)",
                    "INFO waiting 2000 ms before the next Vendor request (1 per 1 s, or as Vendor asked)");
        }
    }

    /** A caller's clock that stands still reads no earlier than the end of the last wait, so waits end. */
    @Test
    void onACallersFixedClockTheWaitsEnd() {
        CallerClock fixed = new CallerClock(Clock.fixed(T0, ZoneOffset.UTC));
        RateLimiter limiter = new RateLimiter("Vendor", Optional.of(new RateLimit(1, Duration.ofMillis(20))), fixed);

        limiter.answered(limiter.acquire(), OptionalInt.empty(), OptionalInt.empty());
        limiter.answered(limiter.acquire(), OptionalInt.empty(), OptionalInt.empty());
        limiter.answered(limiter.acquire(), OptionalInt.empty(), OptionalInt.empty());

        assertThat(fixed.now()).isAfterOrEqualTo(T0.plusMillis(2 * 70));
    }
}
