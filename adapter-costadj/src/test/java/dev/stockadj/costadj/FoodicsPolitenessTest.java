package dev.stockadj.costadj;

import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.costadj.sandbox.Fault;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.costadj.sandbox.SandboxRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a sandbox limiting 30 requests a minute, long jobs never meet a 429. The sandbox and
 * the adapter share a fake clock, so minutes of waiting take no time.
 */
class FoodicsPolitenessTest {
    private static final int JOB = 100;
    private static final LocationId RIYADH = new LocationId(FoodicsSandbox.BRANCH_RIYADH);

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

    @Test
    void consecutive429sNeverReachTen() {
        sandbox.injectedRetryAfter(Duration.ofSeconds(1));
        sandbox.failNext(Fault.RATE_LIMITED, 30);
        try (FoodicsAdapter adapter = FoodicsAdapter.create(Sandboxes.settings(sandbox), clock)) {
            for (int i = 0; i < 3; i++) {
                try {
                    adapter.verify(RIYADH, Optional.empty());
                } catch (VendorRateLimited expected) {
                    // the caller gives up for now; the next call still waits out the Retry-After first
                }
            }
        }

        List<SandboxRequest> requests = sandbox.requests();
        assertThat(requests).hasSize(3 * (1 + Exchange.RATE_LIMIT_RETRIES));
        assertThat(clock.sleeps()).hasSize(requests.size() - 1).allSatisfy(d ->
                assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }
}
