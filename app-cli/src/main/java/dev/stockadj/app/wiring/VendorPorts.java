package dev.stockadj.app.wiring;

import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.DescribeVendorPort;
import dev.stockadj.core.port.out.FindPostedDocumentPort;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VerifyReferencesPort;
import dev.stockadj.core.service.QuantityVendor;
import java.util.Objects;
import java.util.Optional;

/**
 * The driven side of one configured vendor: its quantity ports (the services refuse counts for a
 * vendor without quantities), its cost adjustments if it keeps any, and the configured defaults.
 */
public record VendorPorts(QuantityVendor quantities, Optional<CostAdjustmentPort> costs, VendorDefaults defaults) {
    private static final PostAdjustmentPort NO_POSTING = document -> {
        throw new UnsupportedOperationException("this vendor takes no quantity documents; the services refuse first");
    };

    public VendorPorts {
        Objects.requireNonNull(quantities, "quantities are required");
        Objects.requireNonNull(costs, "costs are required (may be empty)");
        Objects.requireNonNull(defaults, "defaults are required");
    }

    public VendorCapabilities capabilities() {
        return quantities.capabilities();
    }

    /**
     * The same vendor as its built-in sandbox: one destination on every run (whatever port the emulator took),
     * never the real vendor's, so a count tried there is another count than the real one, whatever journal holds it.
     */
    public VendorPorts onSandbox() {
        return new VendorPorts(quantities.withDestination(Destination.sandbox(capabilities().vendor())), costs, defaults);
    }

    /** A vendor that takes stock quantities (Qoyod, Order Time) and keeps no cost adjustments. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & PostAdjustmentPort> VendorPorts quantities(A adapter, VendorDefaults defaults) {
        return new VendorPorts(QuantityVendor.of(adapter), Optional.empty(), defaults);
    }

    /** A vendor that takes cost corrections only (Foodics); counts sent to it are refused by the services. */
    public static <A extends DescribeVendorPort & ResolveItemsPort & ReadBookQuantitiesPort & VerifyReferencesPort
            & CostAdjustmentPort> VendorPorts costs(A adapter, VendorDefaults defaults) {
        QuantityVendor quantities = new QuantityVendor(adapter.capabilities(), adapter, adapter, adapter, NO_POSTING,
                FindPostedDocumentPort.unsupported());
        return new VendorPorts(quantities, Optional.of(adapter), defaults);
    }
}
