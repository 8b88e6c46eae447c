package dev.stockadj.plumbing.wiring;

import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * How a sandbox's state file that cannot be read is told: refused under {@code sandbox state} (the CLI exits 2),
 * the emulator's message (which names the file and why), and the way out. The file is left as it is: it may be
 * worth a look, and only the user should throw it away.
 */
public final class SandboxStates {
    public static final String KEY = "sandbox state";

    private SandboxStates() {
    }

    /**
     * The vendor's emulator, started by {@code start} on the state kept for it under the home; a state file it cannot
     * read is refused as {@link #unreadable}.
     */
    public static <S> S start(String vendor, SandboxHome home, Function<Path, S> start) {
        try {
            return start.apply(home.sandboxState(vendor));
        } catch (SandboxStateUnreadable e) {
            throw unreadable(vendor, e);
        }
    }

    public static SettingRefused unreadable(String vendor, SandboxStateUnreadable failure) {
        return new SettingRefused(KEY, failure.getMessage() + "; `stockadj sandbox --reset --vendor " + vendor
                + "` removes it, and the " + vendor + " sandbox starts again from its demo data");
    }
}
