package dev.stockadj.app.wiring;

import dev.stockadj.core.model.VendorCapabilities;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.DescribeVendorPort;
import dev.stockadj.core.port.out.FindPostedDocumentPort;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VerifyReferencesPort;
import dev.stockadj.core.service.QuantityVendor;
import java.util.Objects;

/**
 * The driven side of one configured vendor: its quantity ports (which the services refuse for a
 * vendor without quantities), its cost adjustment port (refused for a vendor without cost-only
 * corrections) and the configured defaults.
 */
public record VendorPorts(QuantityVendor quantities, CostAdjustmentPort costs, VendorDefaults defaults) {
    public VendorPorts {
        Objects.requireNonNull(quantities, "quantities are required");
        Objects.requireNonNull(costs, "costs are required");
        Objects.requireNonNull(defaults, "defaults are required");
    }

    public VendorCapabilities capabilities() {
        return quantities.capabilities();
    }

    /** A vendor that takes stock quantities (Qoyod, Order Time) and no cost-only corrections. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & PostAdjustmentPort> VendorPorts quantities(A adapter, VendorDefaults defaults) {
        return new VendorPorts(QuantityVendor.of(adapter), Unsupported.COSTS, defaults);
    }

    /** A vendor that takes cost corrections only (Foodics); counts sent to it are refused by the services. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & CostAdjustmentPort> VendorPorts costs(A adapter, VendorDefaults defaults) {
        QuantityVendor quantities = new QuantityVendor(adapter.capabilities(), adapter, adapter, adapter,
                Unsupported.POSTING, FindPostedDocumentPort.unsupported());
        return new VendorPorts(quantities, adapter, defaults);
    }
}
