package dev.stockadj.plumbing.wiring;

import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;

/**
 * How a sandbox's state file that cannot be read is told: refused under {@code sandbox state} (the CLI exits 2),
 * the emulator's message (which names the file and why), and the way out. The file is left as it is: it may be
 * worth a look, and only the user should throw it away.
 */
public final class SandboxStates {
    public static final String KEY = "sandbox state";

    private SandboxStates() {
    }

    public static SettingRefused unreadable(String vendor, SandboxStateUnreadable failure) {
        return new SettingRefused(KEY, failure.getMessage() + "; `stockadj sandbox --reset --vendor " + vendor
                + "` removes it, and the " + vendor + " sandbox starts again from its demo data");
    }
}
