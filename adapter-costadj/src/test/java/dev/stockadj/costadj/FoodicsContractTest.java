package dev.stockadj.costadj;

import dev.stockadj.core.testing.ManualClock;
import java.time.Instant;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.testing.CostAdjustmentContractTest;
import dev.stockadj.core.testing.CostAdjustmentFixture;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The Foodics adapter against core's cost adjustment contract, on a fresh sandbox per test. */
class FoodicsContractTest extends CostAdjustmentContractTest {
    private FoodicsSandbox sandbox;
    private FoodicsAdapter adapter;

    @BeforeEach
    void startSandbox() {
        ManualClock clock = new ManualClock(Instant.parse("2026-05-18T08:00:00Z"));
        sandbox = Sandboxes.start(clock);
        adapter = FoodicsAdapter.create(Sandboxes.settings(sandbox), clock);
    }

    @AfterEach
    void stopSandbox() {
        adapter.close();
        sandbox.close();
    }

    @Override
    protected CostAdjustmentPort costs() {
        return adapter;
    }

    @Override
    protected CostAdjustmentFixture fixture() {
        return new CostAdjustmentFixture(new LocationId(FoodicsSandbox.BRANCH_RIYADH),
                new ItemId(FoodicsSandbox.ITEM_FLOUR), UnitCost.of("42.50"), new ItemId("i-no-such-item"),
                new CostAdjustmentId("ca-no-such-adjustment"));
    }

    @Override
    protected UnitCost currentCost() {
        return new UnitCost(sandbox.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_FLOUR));
    }
}
