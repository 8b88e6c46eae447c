package dev.stockadj.costadj;

import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.plumbing.http.RateLimit;
import dev.stockadj.plumbing.http.RateLimiter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Foodics' block rule on the shared rate limiter, on a manual clock: a second at least after any 429, a cool-down
 * from the fifth in a row on, and any other answer ends the run. Each wait also carries the limiter's margin at a
 * window edge (600 ms for a one-minute window).
 */
class FoodicsBlockRuleTest {
    private static final Duration MARGIN = Duration.ofMillis(600);
    private final ManualClock clock = new ManualClock(Instant.parse("2026-05-18T08:00:00Z"));
    private final RateLimiter limiter = new RateLimiter("Foodics", Optional.of(RateLimit.perMinute(600)), clock,
            new FoodicsBlockRule());

    private void refused(Duration retryAfter) {
        limiter.refused(limiter.acquire(), Optional.of(retryAfter));
    }

    @Test
    void a429WaitsASecondEvenWhenItsRetryAfterIsZero() {
        refused(Duration.ZERO);
        limiter.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1).plus(MARGIN));
    }

    @Test
    void a429WaitsItsRetryAfterWhenThatIsLonger() {
        refused(Duration.ofSeconds(7));
        limiter.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7).plus(MARGIN));
    }

    @Test
    void fromTheFifth429InARowEachIsFollowedByACoolDown() {
        for (int i = 0; i < 7; i++) {
            refused(Duration.ZERO);
        }
        limiter.acquire();

        Duration second = Duration.ofSeconds(1).plus(MARGIN);
        Duration coolDown = FoodicsBlockRule.COOL_DOWN.plus(MARGIN);
        assertThat(clock.sleeps()).containsExactly(second, second, second, second, coolDown, coolDown, coolDown);
    }

    @Test
    void anyOtherAnswerEndsTheRunOf429s() {
        for (int i = 0; i < 4; i++) {
            refused(Duration.ZERO);
        }
        limiter.answered(limiter.acquire(), OptionalInt.empty(), OptionalInt.empty());

        refused(Duration.ZERO);
        limiter.acquire();

        assertThat(clock.sleeps()).hasSize(5).allSatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofSeconds(1).plus(MARGIN)));
    }
}
