package dev.stockadj.costadj;

import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.core.model.UserId;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;

import java.time.Duration;

/** Adapters pointed at a sandbox, waiting on a fake clock the sandbox shares. */
final class Sandboxes {
    private Sandboxes() {
    }

    static FoodicsSandbox start(ManualClock clock) {
        return FoodicsSandbox.start(0, clock::now);
    }

    static FoodicsSettings settings(FoodicsSandbox sandbox) {
        return FoodicsSettings.defaults(sandbox.baseUrl(), sandbox.token())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    static FoodicsSettings settingsWithCreator(FoodicsSandbox sandbox) {
        return settings(sandbox).withCreatorId(new UserId(FoodicsSandbox.USER));
    }
}
