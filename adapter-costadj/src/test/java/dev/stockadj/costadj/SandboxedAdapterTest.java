package dev.stockadj.costadj;

import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

/**
 * A fresh Foodics sandbox, and an adapter pointed at it, for every test; both wait on one manual
 * clock, so rate-limit windows pass without real time.
 */
abstract class SandboxedAdapterTest {
    protected final ManualClock clock = new ManualClock(Instant.parse("2026-05-18T08:00:00Z"));
    protected FoodicsSandbox sandbox;
    protected FoodicsAdapter adapter;

    /** The adapter's settings; a test class may add to them (a fixed creator, say). */
    protected FoodicsSettings settings(FoodicsSandbox started) {
        return Sandboxes.settings(started);
    }

    @BeforeEach
    final void startSandbox() {
        sandbox = Sandboxes.start(clock);
        adapter = FoodicsAdapter.create(settings(sandbox), clock);
    }

    @AfterEach
    final void stopSandbox() {
        adapter.close();
        sandbox.close();
    }
}
