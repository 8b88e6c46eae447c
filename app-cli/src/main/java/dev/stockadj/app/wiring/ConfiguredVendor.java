package dev.stockadj.app.wiring;

import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.plumbing.wiring.VendorDefaults;
import java.util.Objects;

/**
 * The configured vendor: its ports as the core's use cases take them, and what a command takes from the
 * configuration when the command line does not say it.
 */
public record ConfiguredVendor(VendorPorts ports, VendorDefaults defaults) {
    public ConfiguredVendor {
        Objects.requireNonNull(ports, "ports are required");
        Objects.requireNonNull(defaults, "defaults are required");
    }

    /**
     * The same vendor as its built-in sandbox: one destination on every run (whatever port the emulator took),
     * never the real vendor's, so a count tried there is another count than the real one, whatever journal holds it.
     */
    public ConfiguredVendor onSandbox() {
        return new ConfiguredVendor(ports.withDestination(Destination.sandbox(ports.capabilities().vendor())), defaults);
    }
}
