package dev.stockadj.plumbing.wiring;

import java.nio.file.Path;

/** Where the built-in sandboxes keep their state between runs: the application's home says it, per vendor. */
@FunctionalInterface
public interface SandboxHome {
    /** The state file of {@code vendor}'s emulator. */
    Path sandboxState(String vendor);
}
