package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RateUseTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration WINDOW = Duration.ofSeconds(10);

    private static void answer(List<SandboxRequest> log, int count, int status, Duration at) {
        for (int i = 0; i < count; i++) {
            log.add(new SandboxRequest("GET", "/x", "", Set.of(), true, status, T0.plus(at)));
        }
    }

    @Test
    void aFullWindowThenAFullWindowIsEverythingTheLimitAllowed() {
        List<SandboxRequest> log = new ArrayList<>();
        answer(log, 50, 200, Duration.ZERO);
        answer(log, 50, 200, WINDOW);

        RateUse use = RateUse.of(log, 50, WINDOW);

        assertThat(use.answered()).isEqualTo(100);
        assertThat(use.limited()).isZero();
        assertThat(use.use()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aWholeWindowLostHalvesTheUseAndA429IsCountedNotAnswered() {
        List<SandboxRequest> log = new ArrayList<>();
        answer(log, 50, 200, Duration.ZERO);
        answer(log, 1, 429, Duration.ofSeconds(1));
        answer(log, 50, 200, WINDOW.multipliedBy(3));

        RateUse use = RateUse.of(log, 50, WINDOW);

        assertThat(use.answered()).isEqualTo(100);
        assertThat(use.limited()).isEqualTo(1);
        assertThat(use.use()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void nothingAnsweredIsNoUse() {
        List<SandboxRequest> log = new ArrayList<>();
        answer(log, 3, 429, Duration.ZERO);

        assertThat(RateUse.of(log, 50, WINDOW)).isEqualTo(new RateUse(0, 3, 0));
    }
}
