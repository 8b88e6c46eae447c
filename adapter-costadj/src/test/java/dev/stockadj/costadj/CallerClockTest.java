package dev.stockadj.costadj;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller's clock that stands still still lets the throttle's waits end. */
class CallerClockTest {
    private static final Instant T0 = Instant.parse("2026-05-18T08:00:00Z");

    @Test
    void aFixedClockReadsNoEarlierThanTheEndOfTheLastSleep() {
        CallerClock clock = new CallerClock(Clock.fixed(T0, ZoneOffset.UTC));

        clock.sleep(Duration.ofMillis(20));

        assertThat(clock.now()).isEqualTo(T0.plusMillis(20));
    }

    @Test
    void theThrottleOnAFixedCallersClockLetsTheNextRequestGoAfterItsWait() {
        CallerClock clock = new CallerClock(Clock.fixed(T0, ZoneOffset.UTC));
        Throttle throttle = new Throttle(FoodicsSettings.MAX_REQUESTS_PER_MINUTE, clock);
        throttle.acquire();
        throttle.pauseFor(Duration.ofMillis(30));

        throttle.acquire();

        assertThat(clock.now()).isAfterOrEqualTo(T0.plusMillis(30));
    }
}
