package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.QuantityVendorContractTest;
import dev.stockadj.core.testing.QuantityVendorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The core's quantity vendor contract, against a fresh sandbox for every test. */
class OrderTimeContractTest extends QuantityVendorContractTest {

    private OrderTimeSandbox sandbox;
    private OrderTimeAdapter adapter;

    @BeforeEach
    void start() {
        sandbox = OrderTimeSandbox.start(0);
        adapter = OrderTimeAdapter.create(Fixtures.settings(sandbox));
    }

    @AfterEach
    void stop() {
        adapter.close();
        sandbox.close();
    }

    @Override
    protected VendorPorts vendor() {
        return VendorPorts.quantities(adapter);
    }

    @Override
    protected QuantityVendorFixture fixture() {
        return new QuantityVendorFixture(Fixtures.HQ, Fixtures.ACCOUNTS, new ItemId(String.valueOf(OrderTimeSeed.WIDGET)),
                new Sku(OrderTimeSeed.WIDGET_SKU), new ItemId("999999"), new Sku("NO-SUCH-SKU"), new LocationId("999"));
    }
}
