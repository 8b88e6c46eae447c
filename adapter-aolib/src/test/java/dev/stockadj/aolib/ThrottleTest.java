package dev.stockadj.aolib;

import dev.stockadj.plumbing.testing.LogCapture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The throttle's slots, computed from given instants (no clock, no sleeping). */
class ThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void spacesRequestStartsBySixtySecondsOverTheRate() {
        Throttle throttle = new Throttle(60);

        assertThat(throttle.reserve(0)).isZero();
        assertThat(throttle.reserve(0)).isEqualTo(SECOND);
        assertThat(throttle.reserve(SECOND / 2)).isEqualTo(SECOND + SECOND / 2);
    }

    @Test
    void anIdleClientStartsAtOnce() {
        Throttle throttle = new Throttle(60);
        throttle.reserve(0);

        assertThat(throttle.reserve(5 * SECOND)).isZero();
        assertThat(throttle.reserve(5 * SECOND)).isEqualTo(SECOND);
    }

    @Test
    void onACallersClockThatStandsStillEachRequestWaitsOneIntervalAndTheWaitIsLogged() throws InterruptedException {
        Throttle throttle = new Throttle(60_000, Clock.fixed(Instant.parse("2026-05-18T08:00:00Z"), ZoneOffset.UTC));
        try (LogCapture log = new LogCapture("dev.stockadj.aolib")) {
            throttle.acquire();
            throttle.acquire();
            throttle.acquire();

            assertThat(log.events()).extracting(e -> e.getLevel() + " " + e.getFormattedMessage()).containsExactly(
                    "DEBUG waiting 1 ms for the client-side limit of 60000 Order Time requests per minute",
                    "DEBUG waiting 1 ms for the client-side limit of 60000 Order Time requests per minute");
        }
    }

    @Test
    void refusesANonPositiveRate() {
        assertThatThrownBy(() -> new Throttle(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
