package dev.stockadj.core.port.out;

import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.vendor.VendorCapabilities;

/** What the configured vendor can do, and where its documents go. */
public interface DescribeVendorPort {
    VendorCapabilities capabilities();

    /**
     * Where this vendor's documents go (its vendor and API origin), part of every count's identity in the
     * journal. An adapter that cannot tell its accounts apart answers its vendor's name.
     */
    default Destination destination() {
        return Destination.of(capabilities().vendor());
    }
}
