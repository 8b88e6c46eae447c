package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh Order Time sandbox, and an adapter pointed at it, for every test. */
abstract class SandboxedAdapterTest {
    protected OrderTimeSandbox sandbox;
    protected OrderTimeAdapter adapter;

    @BeforeEach
    final void startSandbox() {
        sandbox = OrderTimeSandbox.start(0);
        adapter = OrderTimeAdapter.create(Fixtures.settings(sandbox));
    }

    @AfterEach
    final void stopSandbox() {
        adapter.close();
        sandbox.close();
    }
}
