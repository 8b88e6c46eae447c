package dev.stockadj.core.testing;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import org.junit.jupiter.api.BeforeEach;

/** The cost adjustment contract holds for the in-memory vendor. */
class InMemoryCostAdjustmentContractTest extends CostAdjustmentContractTest {
    private static final CostAdjustmentFixture FIXTURE = new CostAdjustmentFixture(new LocationId("b-1"),
            new ItemId("flour"), UnitCost.of("10.00"), new ItemId("ghost"), new CostAdjustmentId("ca-none"));
    private InMemoryVendor vendor;

    @BeforeEach
    void seed() {
        vendor = new InMemoryVendor(InMemoryVendor.costCapabilities())
                .location(FIXTURE.branch()).cost(FIXTURE.item(), FIXTURE.itemCost());
    }

    @Override
    protected CostAdjustmentPort costs() {
        return vendor;
    }

    @Override
    protected CostAdjustmentFixture fixture() {
        return FIXTURE;
    }

    @Override
    protected UnitCost currentCost() {
        return vendor.costOf(FIXTURE.item());
    }
}
