package dev.stockadj.qoyod;

import dev.stockadj.plumbing.testing.LogCapture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The client-side limit, on a fake clock: no sleeping in tests. */
class ThrottleTest {
    private final AtomicLong now = new AtomicLong();
    private final List<Duration> waits = new ArrayList<>();
    private final Throttle throttle = new Throttle(3, now::get, d -> {
        waits.add(d);
        now.addAndGet(d.toNanos());
    });

    @Test
    void letsTheLimitThroughWithoutWaiting() {
        throttle.acquire();
        throttle.acquire();
        throttle.acquire();

        assertThat(waits).isEmpty();
    }

    @Test
    void waitsUntilTheOldestRequestOfTheWindowIsAMinuteOld() {
        throttle.acquire();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        throttle.acquire();
        throttle.acquire();

        throttle.acquire();

        assertThat(waits).containsExactly(Duration.ofSeconds(50));
    }

    @Test
    void aWaitOfASecondOrMoreIsLoggedAtInfoAndAShorterOneAtDebug() {
        try (LogCapture log = new LogCapture("dev.stockadj.qoyod")) {
            throttle.acquire();
            throttle.acquire();
            throttle.acquire();
            now.addAndGet(Duration.ofMillis(59_500).toNanos());
            throttle.acquire();
            throttle.acquire();
            throttle.acquire();
            throttle.acquire();

            assertThat(log.events()).extracting(e -> e.getLevel() + " " + e.getFormattedMessage()).containsExactly(
                    "DEBUG waiting 500 ms for the client-side limit of 3 Qoyod requests per minute",
                    "INFO waiting 60000 ms for the client-side limit of 3 Qoyod requests per minute");
        }
    }

    @Test
    void aClockThatStandsStillMakesTheThrottleWaitNoLongerThanARunningOne() {
        Throttle onFixedTime = new Throttle(1, () -> 42L, d -> waits.add(d));

        onFixedTime.acquire();
        onFixedTime.acquire();
        onFixedTime.acquire();

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    @Test
    void neverStartsMoreThanTheLimitInAnySixtySeconds() {
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            throttle.acquire();
            starts.add(now.get());
            now.addAndGet(Duration.ofSeconds(7).toNanos());
        }

        for (int i = 3; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 3)).isGreaterThanOrEqualTo(Duration.ofMinutes(1).toNanos());
        }
    }
}
