package dev.stockadj.qoyod;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.QuantityVendorContractTest;
import dev.stockadj.core.testing.QuantityVendorFixture;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The Qoyod adapter keeps the core's quantity vendor contract, against a fresh sandbox per test. */
class QoyodContractTest extends QuantityVendorContractTest {
    private QoyodSandbox sandbox;
    private QoyodAdapter adapter;

    @BeforeEach
    void start() {
        sandbox = QoyodSandbox.start(0);
        adapter = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey()));
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
        return new QuantityVendorFixture(
                new LocationId(Long.toString(QoyodSandbox.MAIN_WAREHOUSE)),
                new Accounts(new AccountId(Long.toString(QoyodSandbox.GAINS_ACCOUNT)),
                        new AccountId(Long.toString(QoyodSandbox.SHRINKAGE_ACCOUNT))),
                new ItemId(Long.toString(QoyodSandbox.WIDGET_A)),
                new Sku("WID-A"),
                new ItemId("999999"),
                new Sku("NO-SUCH-SKU"),
                new LocationId("77"));
    }
}
