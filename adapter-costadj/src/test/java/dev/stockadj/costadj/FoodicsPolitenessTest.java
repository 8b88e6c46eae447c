package dev.stockadj.costadj;

import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.costadj.sandbox.Fault;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.plumbing.sandbox.SandboxRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a sandbox limiting 30 requests a minute, long jobs never meet a 429; against one that
 * answers 429 for a long while, the adapter never risks Foodics' block. The sandbox and the
 * adapter share a fake clock, so minutes of waiting take no time, and the sandbox stamps each
 * request with it.
 */
class FoodicsPolitenessTest {
    private static final int JOB = 100;
    private static final LocationId RIYADH = new LocationId(FoodicsSandbox.BRANCH_RIYADH);
    private static final int LASTING_RUN = 60;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-05-18T08:00:00Z"));
    private FoodicsSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = Sandboxes.start(clock);
        sandbox.rateLimit(30, Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private void runJob(FoodicsAdapter adapter) {
        for (int i = 0; i < JOB; i++) {
            assertThat(adapter.verify(RIYADH, Optional.empty())).isEmpty();
        }
    }

    @Test
    void aHundredRequestJobAtThirtyPerMinuteMeetsNo429() {
        Instant begin = clock.now();
        try (FoodicsAdapter adapter = FoodicsAdapter.create(Sandboxes.settings(sandbox), clock)) {
            runJob(adapter);
        }

        assertThat(sandbox.requestCount()).isEqualTo(JOB);
        assertThat(sandbox.rateLimitedCount()).isZero();
        assertThat(Duration.between(begin, clock.now())).isGreaterThanOrEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aClientSetFasterThanTheVendorSlowsDownOnRemainingAndMeetsNo429() {
        try (FoodicsAdapter adapter = FoodicsAdapter.create(Sandboxes.settings(sandbox).withRequestsPerMinute(600),
                clock)) {
            runJob(adapter);
        }

        assertThat(sandbox.requestCount()).isEqualTo(JOB);
        assertThat(sandbox.rateLimitedCount()).isZero();
    }

    /**
     * Foodics blocks a token after more than 10 consecutive 429s within 10 s. A lasting rate limit
     * (60 429s in a row) met by many calls, each giving up after its retries, never sends 10
     * consecutive 429s within 10 s, whatever the Retry-After: 0, 1 s or none.
     */
    @ParameterizedTest(name = "Retry-After: {0}")
    @ValueSource(strings = {"0", "1", "absent"})
    void aLasting429RunAcrossManyCallsNeverPutsTenWithinTenSeconds(String retryAfter) {
        if (retryAfter.equals("absent")) {
            sandbox.injectedRetryAfterAbsent();
        } else {
            sandbox.injectedRetryAfter(Duration.ofSeconds(Long.parseLong(retryAfter)));
        }
        sandbox.failNext(Fault.RATE_LIMITED, LASTING_RUN);
        int gaveUp = 0;
        try (FoodicsAdapter adapter = FoodicsAdapter.create(Sandboxes.settings(sandbox), clock)) {
            for (int i = 0; i < 20; i++) {
                try {
                    adapter.verify(RIYADH, Optional.empty());
                } catch (VendorRateLimited expected) {
                    gaveUp++;
                }
            }
        }

        List<SandboxRequest> requests = sandbox.received();
        assertThat(gaveUp).as("calls that gave up").isEqualTo(LASTING_RUN / (1 + Exchange.RATE_LIMIT_RETRIES));
        assertThat(requests).hasSize(LASTING_RUN + 20 - gaveUp);
        assertThat(runsOf429s(requests)).as("one run, every injected 429 in it").singleElement().asList()
                .hasSize(LASTING_RUN);
        assertNoTen429sInARowWithinTenSeconds(requests);
    }

    @Test
    void concurrentCallersMeetingALasting429RunNeverPutTenWithinTenSeconds() throws Exception {
        sandbox.injectedRetryAfter(Duration.ZERO);
        sandbox.failNext(Fault.RATE_LIMITED, LASTING_RUN);
        int callers = 12;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try (FoodicsAdapter adapter = FoodicsAdapter.create(Sandboxes.settings(sandbox), clock)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    for (int call = 0; call < 5; call++) {
                        try {
                            adapter.verify(RIYADH, Optional.empty());
                        } catch (VendorRateLimited expected) {
                            // given up for now; the next call waits as the throttle says
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(sandbox.rateLimitedCount()).isEqualTo(LASTING_RUN);
        assertNoTen429sInARowWithinTenSeconds(sandbox.received());
    }

    /**
     * The invariant, read off the sandbox's arrival times (on the clock it shares with the
     * adapter): no request follows a 429 within a second, and no 10 consecutive 429s lie within
     * 10 s of each other.
     */
    private static void assertNoTen429sInARowWithinTenSeconds(List<SandboxRequest> requests) {
        for (int i = 1; i < requests.size(); i++) {
            if (requests.get(i - 1).status() == 429) {
                assertThat(Duration.between(requests.get(i - 1).at(), requests.get(i).at()))
                        .as("wait after the 429 of request %d", i - 1).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            }
        }
        for (List<Instant> run : runsOf429s(requests)) {
            for (int first = 0; first + 9 < run.size(); first++) {
                assertThat(Duration.between(run.get(first), run.get(first + 9)))
                        .as("from 429 number %d of a run of %d to the tenth from it", first + 1, run.size())
                        .isGreaterThan(Duration.ofSeconds(10));
            }
        }
    }

    /** The arrival times of each run of consecutive 429s. */
    private static List<List<Instant>> runsOf429s(List<SandboxRequest> requests) {
        List<List<Instant>> runs = new ArrayList<>();
        List<Instant> run = new ArrayList<>();
        for (SandboxRequest request : requests) {
            if (request.status() == 429) {
                run.add(request.at());
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
