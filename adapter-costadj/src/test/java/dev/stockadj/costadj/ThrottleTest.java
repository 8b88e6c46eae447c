package dev.stockadj.costadj;

import dev.stockadj.core.testing.ManualClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-05-18T08:00:00Z"));

    @Test
    void sendsUpToTheRateWithoutWaiting() {
        Throttle throttle = new Throttle(3, clock);

        throttle.acquire();
        throttle.acquire();
        throttle.acquire();

        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void oneMoreThanTheRateWaitsForTheOldestToLeaveTheMinute() {
        Throttle throttle = new Throttle(3, clock);
        throttle.acquire();
        clock.sleep(Duration.ofSeconds(10));
        throttle.acquire();
        throttle.acquire();

        throttle.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(50));
    }

    @Test
    void noneRemainingPausesAWholeWindow() {
        Throttle throttle = new Throttle(30, clock);
        throttle.acquire();
        throttle.answered(OptionalInt.of(30), OptionalInt.of(0));

        throttle.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void fewRemainingSpacesRequestsOverTheWindow() {
        Throttle throttle = new Throttle(600, clock);
        throttle.acquire();
        throttle.answered(OptionalInt.of(30), OptionalInt.of(2));

        throttle.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void plentyRemainingDoesNotSlowDown() {
        Throttle throttle = new Throttle(600, clock);
        throttle.acquire();
        throttle.answered(OptionalInt.of(30), OptionalInt.of(20));

        throttle.acquire();

        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void a429WaitsItsRetryAfter() {
        Throttle throttle = new Throttle(30, clock);
        throttle.acquire();

        assertThat(throttle.rateLimited(Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        throttle.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a429WaitsASecondEvenWhenItsRetryAfterIsZero() {
        Throttle throttle = new Throttle(30, clock);
        throttle.acquire();

        assertThat(throttle.rateLimited(Duration.ZERO)).isEqualTo(Throttle.MIN_RATE_LIMIT_WAIT);
        throttle.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void fromTheFifth429InARowEachIsFollowedByACoolDown() {
        Throttle throttle = new Throttle(600, clock);

        for (int i = 0; i < 7; i++) {
            throttle.acquire();
            throttle.rateLimited(Duration.ZERO);
        }
        throttle.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(11), Duration.ofSeconds(11), Duration.ofSeconds(11));
    }

    @Test
    void anyOtherAnswerEndsTheRunOf429s() {
        Throttle throttle = new Throttle(600, clock);
        for (int i = 0; i < 4; i++) {
            throttle.acquire();
            throttle.rateLimited(Duration.ZERO);
        }
        throttle.acquire();
        throttle.answered(OptionalInt.empty(), OptionalInt.empty());

        throttle.acquire();
        throttle.rateLimited(Duration.ZERO);
        throttle.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aPauseHoldsTheNextRequestBack() {
        Throttle throttle = new Throttle(30, clock);
        throttle.pauseFor(Duration.ofSeconds(7));

        throttle.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
    }
}
