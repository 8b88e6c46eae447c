package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateWindowTest {
    private static final Instant START = Instant.parse("2026-05-18T08:00:00Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final RateWindow window = new RateWindow(now::get, Answer.json(429, "{\"message\":\"slow\"}"), false);

    private void at(Duration sinceStart) {
        now.set(START.plus(sinceStart));
    }

    private int admitted(int requests) {
        int passed = 0;
        for (int i = 0; i < requests; i++) {
            passed += window.admit().refusal().isEmpty() ? 1 : 0;
        }
        return passed;
    }

    @Test
    void countsNothingUntilALimitIsSet() {
        assertThat(admitted(10_000)).isEqualTo(10_000);
        assertThat(window.admit().headers()).isEmpty();
    }

    @Test
    void fiftyInTenSecondsThenA429SayingWhenTheOldestLeaves() {
        window.limit(50, Duration.ofSeconds(10));

        assertThat(admitted(50)).isEqualTo(50);
        at(Duration.ofMillis(2_500));
        Answer refused = window.admit().refusal().orElseThrow();

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.bodyText()).isEqualTo("{\"message\":\"slow\"}");
        assertThat(refused.headers()).containsEntry("Retry-After", "8");
    }

    @Test
    void aClientSpacedExactlyAtTheLimitMeetsTheEdgeAndPassesOneAMomentSoonerDoesNot() {
        window.limit(50, Duration.ofSeconds(10));
        admitted(50);

        at(Duration.ofSeconds(10).minusMillis(1));
        assertThat(window.admit().refusal()).as("a millisecond early").hasValueSatisfying(
                a -> assertThat(a.headers()).containsEntry("Retry-After", "1"));
        at(Duration.ofSeconds(10));
        assertThat(admitted(50)).as("exactly one window after the first fifty").isEqualTo(50);
        assertThat(admitted(1)).isZero();
    }

    @Test
    void theWindowSlidesRequestByRequest() {
        window.limit(2, Duration.ofSeconds(10));
        admitted(1);
        at(Duration.ofSeconds(6));
        admitted(1);

        at(Duration.ofSeconds(10));
        assertThat(admitted(1)).as("the first has left").isEqualTo(1);
        at(Duration.ofSeconds(15));
        assertThat(window.admit().refusal()).as("the second is still in").hasValueSatisfying(
                a -> assertThat(a.headers()).containsEntry("Retry-After", "1"));
    }

    @Test
    void refusedRequestsDoNotCount() {
        window.limit(1, Duration.ofSeconds(10));
        admitted(1);
        at(Duration.ofSeconds(9));
        assertThat(admitted(100)).isZero();

        at(Duration.ofSeconds(10));
        assertThat(admitted(1)).isEqualTo(1);
    }

    @Test
    void sendsTheLimitHeadersOnEveryCountedAnswerWhenAsked() {
        RateWindow laravel = new RateWindow(now::get, Answer.json(429, "{}"), true).limit(2, Duration.ofMinutes(1));

        assertThat(laravel.admit().stamp(Answer.empty(200)).headers())
                .containsEntry("X-RateLimit-Limit", "2").containsEntry("X-RateLimit-Remaining", "1");
        assertThat(laravel.admit().stamp(Answer.empty(401)).headers()).containsEntry("X-RateLimit-Remaining", "0");
        assertThat(laravel.admit().refusal().orElseThrow().headers())
                .containsEntry("X-RateLimit-Remaining", "0").containsEntry("Retry-After", "60");
    }

    @Test
    void aNewLimitForgetsWhatWasCounted() {
        window.limit(1, Duration.ofMinutes(1));
        admitted(1);
        window.limit(1, Duration.ofMinutes(1));

        assertThat(admitted(1)).isEqualTo(1);
    }

    @Test
    void refusesALimitBelowOneOrAnEmptyWindow() {
        assertThatThrownBy(() -> window.limit(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> window.limit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
