package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedRequestsTest {
    private final ReceivedRequests log = new ReceivedRequests();

    private void received(String method, String path, int status) {
        log.add(new SandboxRequest(method, path, "", Set.of(), true, status, Instant.EPOCH));
    }

    @Test
    void countsAllPerRouteIgnoringCaseAndPerStatus() {
        received("POST", "/adjustment", 200);
        received("post", "/Adjustment/", 429);
        received("PUT", "/list", 0);

        assertThat(log.count()).isEqualTo(3);
        assertThat(log.count("POST", "/adjustment")).isEqualTo(2);
        assertThat(log.count("GET", "/adjustment")).isZero();
        assertThat(log.answered(429)).isEqualTo(1);
        assertThat(log.answered(0)).as("dropped unanswered").isEqualTo(1);
        assertThat(log.all()).extracting(SandboxRequest::path).containsExactly("/adjustment", "/Adjustment/", "/list");
    }

    @Test
    void forgetsWhenCleared() {
        received("GET", "/a", 200);
        log.clear();

        assertThat(log.all()).isEmpty();
    }
}
