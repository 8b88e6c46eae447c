package dev.stockadj.core.port.out;

import dev.stockadj.core.model.VendorCapabilities;

/** What the configured vendor can do. */
public interface DescribeVendorPort {
    VendorCapabilities capabilities();
}
