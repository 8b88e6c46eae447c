package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh Order Time sandbox, and an adapter pointed at it, for every test. The adapter waits on a manual clock (a
 * Retry-After moves it on, it does not sleep).
 */
abstract class SandboxedAdapterTest {
    protected final ManualClock clock = new ManualClock();
    protected OrderTimeSandbox sandbox;
    protected OrderTimeAdapter adapter;

    @BeforeEach
    final void startSandbox() {
        sandbox = OrderTimeSandbox.start(0);
        adapter = OrderTimeAdapter.create(Fixtures.settings(sandbox), clock);
    }

    @AfterEach
    final void stopSandbox() {
        adapter.close();
        sandbox.close();
    }
}
