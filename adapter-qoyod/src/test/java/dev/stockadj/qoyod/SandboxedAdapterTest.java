package dev.stockadj.qoyod;

import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh Qoyod sandbox, and an adapter with default settings pointed at it, for every test. The adapter waits on a
 * manual clock (a Retry-After moves it on, it does not sleep).
 */
abstract class SandboxedAdapterTest {
    protected final ManualClock clock = new ManualClock();
    protected QoyodSandbox sandbox;
    protected QoyodAdapter adapter;

    @BeforeEach
    final void startSandbox() {
        sandbox = QoyodSandbox.start(0);
        adapter = QoyodAdapter.create(settings(), clock);
    }

    @AfterEach
    final void stopSandbox() {
        adapter.close();
        sandbox.close();
    }

    /** The sandbox's address and API key, every other setting at its default. */
    protected QoyodSettings settings() {
        return QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey());
    }
}
