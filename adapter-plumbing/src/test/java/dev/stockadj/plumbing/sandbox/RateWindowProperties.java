package dev.stockadj.plumbing.sandbox;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The window against its definition, for any arrivals: admitted while fewer than the limit lie in the window before. */
class RateWindowProperties {
    @Property
    void admitsExactlyWhatFewerThanTheLimitInTheWindowBeforeAllows(@ForAll @IntRange(min = 1, max = 6) int limit,
            @ForAll @IntRange(min = 1, max = 5) int windowSeconds,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 2_000) Integer> gapsMillis) {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.EPOCH);
        Duration window = Duration.ofSeconds(windowSeconds);
        RateWindow rate = new RateWindow(now::get, Answer.empty(429), false).limit(limit, window);
        List<Instant> admitted = new ArrayList<>();
        for (int gap : gapsMillis) {
            Instant t = now.get().plusMillis(gap);
            now.set(t);
            List<Instant> inWindow = admitted.stream().filter(a -> a.isAfter(t.minus(window))).toList();

            Optional<Answer> refusal = rate.admit().refusal();

            assertThat(refusal.isEmpty()).as("at %s with %s in the window", t, inWindow).isEqualTo(inWindow.size() < limit);
            if (refusal.isEmpty()) {
                admitted.add(t);
            } else {
                long retryAfter = Long.parseLong(refusal.get().headers().get("Retry-After"));
                Duration untilRoom = Duration.between(t, inWindow.get(0).plus(window));
                assertThat(Duration.ofSeconds(retryAfter)).as("waiting Retry-After makes room")
                        .isGreaterThanOrEqualTo(untilRoom).isLessThan(untilRoom.plusSeconds(1).plusMillis(1));
            }
        }
    }
}
