package dev.stockadj.plumbing.wiring;

/**
 * One vendor as the application wires it: what its adapter module offers so that adding a vendor is that module
 * plus one line in the application's list of vendors. Settings it refuses throw {@link SettingRefused} naming the
 * key; the application tells them as it tells its own configuration errors.
 */
public interface VendorWiring {
    /** The {@code vendor} setting's value that chooses this vendor; also the prefix of its settings. */
    String name();

    /**
     * The vendor's ports and defaults from its settings, or, for a sandbox run, against its in-process emulator
     * on the state kept under {@code home}, the emulator's demo location and accounts being the defaults.
     */
    WiredVendor wire(VendorSettings settings, boolean sandbox, SandboxHome home);

    /**
     * The vendor's emulator on a loopback {@code port} (0 for a free one), on the state kept under {@code home}; a
     * port that is taken throws {@link java.io.UncheckedIOException}.
     */
    RunningSandbox startSandbox(int port, SandboxHome home);
}
