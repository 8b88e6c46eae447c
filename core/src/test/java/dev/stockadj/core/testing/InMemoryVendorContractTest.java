package dev.stockadj.core.testing;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.VendorPorts;
import org.junit.jupiter.api.BeforeEach;

import java.util.Optional;

/** The quantity contract holds for the in-memory vendor, so the contract itself is passable. */
class InMemoryVendorContractTest extends QuantityVendorContractTest {
    private static final QuantityVendorFixture FIXTURE = new QuantityVendorFixture(new LocationId("12"),
            new Accounts(new AccountId("301"), new AccountId("502")), new ItemId("88"), new Sku("WID-A"),
            new ItemId("999999"), new Sku("NOPE-1"), new LocationId("404"));
    private InMemoryVendor vendor;

    @BeforeEach
    void seed() {
        vendor = new InMemoryVendor(InMemoryVendor.deltaCapabilities(50))
                .location(FIXTURE.location()).accounts(FIXTURE.accounts())
                .item(FIXTURE.trackedItem(), Optional.of(FIXTURE.skuOfTracked()))
                .stock(FIXTURE.location(), Position.of(FIXTURE.trackedItem()), Quantity.of("47"));
    }

    @Override
    protected VendorPorts vendor() {
        return VendorPorts.quantities(vendor);
    }

    @Override
    protected QuantityVendorFixture fixture() {
        return FIXTURE;
    }
}
