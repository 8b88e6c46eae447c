package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest {
    private final Faults faults = new Faults();

    private static Inbound request(String method, String path) {
        return new Inbound(method, path, Map.of(), Map.of(), new byte[0], Instant.EPOCH, Map.of());
    }

    private Optional<Integer> statusOfNext(String method, String path) {
        return faults.take(request(method, path)).map(f -> ((InjectedFault.Answering) f).answer().status());
    }

    @Test
    void firesEachFaultOnceInTheOrderArmed() {
        faults.next(() -> InjectedFault.answer(Answer.empty(500)));
        faults.next(() -> InjectedFault.answer(Answer.empty(503)), 2);

        assertThat(statusOfNext("GET", "/a")).contains(500);
        assertThat(statusOfNext("POST", "/b")).contains(503);
        assertThat(statusOfNext("GET", "/a")).contains(503);
        assertThat(faults.take(request("GET", "/a"))).isEmpty();
    }

    @Test
    void aRoutesFaultWaitsForThatRouteMatchedIgnoringCaseAndGoesFirst() {
        faults.nextOn("post", "/Adjustment/", () -> InjectedFault.answer(Answer.empty(409)));
        faults.next(() -> InjectedFault.answer(Answer.empty(500)));

        assertThat(statusOfNext("GET", "/list")).contains(500);
        assertThat(faults.take(request("GET", "/list"))).isEmpty();
        assertThat(statusOfNext("POST", "/adjustment")).contains(409);
    }

    @Test
    void aFaultIsMadeWhenItFiresSoASwitchSetAfterArmingCounts() {
        AtomicReference<Duration> delay = new AtomicReference<>(Duration.ofSeconds(3));
        faults.next(() -> InjectedFault.delay(delay.get()));
        delay.set(Duration.ofMillis(10));

        assertThat(faults.take(request("GET", "/a"))).contains(InjectedFault.delay(Duration.ofMillis(10)));
    }

    @Test
    void clearingDisarmsEverything() {
        faults.next(InjectedFault::dropBeforeHandling, 3);
        faults.nextOn("GET", "/a", InjectedFault::dropAfterHandling);
        faults.clear();

        assertThat(faults.take(request("GET", "/a"))).isEmpty();
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> faults.next(InjectedFault::dropBeforeHandling, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
