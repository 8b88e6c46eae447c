package dev.stockadj.app.wiring;

import dev.stockadj.app.config.ConfigException;

/**
 * How a sandbox's state file that cannot be read is told: exit 2, the adapter's message (which names the file and
 * why), and the way out. The file is left as it is: it may be worth a look, and only the user should throw it away.
 */
final class SandboxStates {
    static final String KEY = "sandbox state";

    private SandboxStates() {
    }

    static ConfigException unreadable(String vendor, RuntimeException failure) {
        return new ConfigException(KEY, failure.getMessage() + "; `stockadj sandbox --reset --vendor " + vendor
                + "` removes it, and the " + vendor + " sandbox starts again from its demo data");
    }
}
