package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    void keepsEveryRequestAddedFromManyThreadsAtOnceInTheOrderAdded() throws InterruptedException {
        int threads = 8;
        int each = 2_000;
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String path = "/t" + t;
            senders.add(new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    received("GET", path, 200 + i % 2);
                }
            }));
        }
        senders.forEach(Thread::start);
        for (Thread sender : senders) {
            sender.join();
        }

        assertThat(log.count()).isEqualTo(threads * each);
        assertThat(log.count("GET", "/t3")).isEqualTo(each);
        assertThat(log.answered(201)).isEqualTo(threads * each / 2);
        assertThat(log.all()).filteredOn(r -> r.path().equals("/t5")).extracting(SandboxRequest::status)
                .startsWith(200, 201, 200, 201);
    }

    @Test
    void forgetsWhenCleared() {
        received("GET", "/a", 200);
        log.clear();

        assertThat(log.all()).isEmpty();
    }
}
