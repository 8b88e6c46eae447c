package dev.stockadj.plumbing.wiring;

import dev.stockadj.core.port.out.VendorPorts;
import java.util.Objects;

/**
 * A vendor wired for one run.
 *
 * @param ports     its ports as the core's use cases take them
 * @param defaults  what a command takes from the settings when the command line does not say it
 * @param resources what the run must close when it ends (the adapter, the emulator of a sandbox run)
 */
public record WiredVendor(VendorPorts ports, VendorDefaults defaults, AutoCloseable resources) {
    public WiredVendor {
        Objects.requireNonNull(ports, "ports are required");
        Objects.requireNonNull(defaults, "defaults are required");
        Objects.requireNonNull(resources, "resources are required");
    }
}
