package dev.stockadj.costadj;

import dev.stockadj.core.model.LocationId;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.plumbing.sandbox.RateUse;
import dev.stockadj.plumbing.sandbox.SandboxRequest;
import dev.stockadj.plumbing.http.RateLimit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared rate limiter against a real sandbox over loopback, in real time (issue 11 item 5): a vendor window of
 * 50 requests per 10 s, kept as Laravel keeps it (a fixed window opened by the first request it counts). A client
 * that knows the window uses it to the last request without one 429; one that does not know it learns it from the
 * first 429 and its Retry-After, and meets no second one.
 *
 * <p>Use is {@link RateUse}'s: requests answered / (limit × windows elapsed).
 */
class RateLimitUseTest {
    /** What each run measured, kept beside the test reports (the tests' log shows warnings only). */
    private static final Path MEASURED = Path.of("target", "rate-limit-use.txt");
    private static final int LIMIT = 50;
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final LocationId RIYADH = new LocationId(FoodicsSandbox.BRANCH_RIYADH);

    private static double use(List<SandboxRequest> requests) {
        return RateUse.of(requests, LIMIT, WINDOW).use();
    }

    private static void measured(String line) {
        try {
            Files.writeString(MEASURED, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(FoodicsAdapter adapter, int requests) {
        for (int i = 0; i < requests; i++) {
            assertThat(adapter.verify(RIYADH, Optional.empty())).isEmpty();
        }
    }

    @Test
    void aClientThatKnowsTheWindowUsesItToTheLastRequestAndMeetsNo429() {
        try (FoodicsSandbox sandbox = FoodicsSandbox.start(0);
             FoodicsAdapter adapter = FoodicsAdapter.create(Sandboxes.settings(sandbox)
                     .withRateLimit(new RateLimit(LIMIT, WINDOW)))) {
            sandbox.rateLimit(LIMIT, WINDOW);

            send(adapter, 3 * LIMIT);

            double use = use(sandbox.received());
            measured(String.format("known window: use %.1f %% of %d per %d s over %d requests, %d × 429", 100 * use,
                    LIMIT, WINDOW.toSeconds(), sandbox.requestCount(), sandbox.rateLimitedCount()));
            assertThat(sandbox.rateLimitedCount()).as("429s").isZero();
            assertThat(sandbox.requestCount()).isEqualTo(3 * LIMIT);
            assertThat(use).as("use").isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void aClientThatDoesNotKnowTheWindowLearnsItFromTheFirst429AndMeetsNoSecond() {
        try (FoodicsSandbox sandbox = FoodicsSandbox.start(0);
             FoodicsAdapter adapter = FoodicsAdapter.create(Sandboxes.settings(sandbox).withRateLimitUnknown())) {
            sandbox.rateLimit(LIMIT, WINDOW);

            send(adapter, 3 * LIMIT);

            measured(String.format("learnt window: %d requests, %d × 429, use %.1f %%", sandbox.requestCount(),
                    sandbox.rateLimitedCount(), 100 * use(sandbox.received())));
            assertThat(sandbox.rateLimitedCount()).as("429s: the one that taught the window").isEqualTo(1);
            assertThat(sandbox.received().stream().filter(r -> r.status() == 200)).hasSize(3 * LIMIT);
            assertThat(use(sandbox.received())).as("use, the learnt window up to a second longer (Retry-After's"
                    + " whole seconds)").isGreaterThanOrEqualTo(0.85);
            assertThat(sandbox.received().get(LIMIT).status()).as("the first 429 is the request over the limit")
                    .isEqualTo(429);
        }
    }
}
