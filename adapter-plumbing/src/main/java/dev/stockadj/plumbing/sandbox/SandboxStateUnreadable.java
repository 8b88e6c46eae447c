package dev.stockadj.plumbing.sandbox;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The state file a sandbox was started on exists but cannot be read back: not JSON, not that vendor's sandbox's
 * state, of another format, or not readable at all. Nothing was started; {@link #file()} names the file.
 */
public final class SandboxStateUnreadable extends RuntimeException {
    private final transient Path file;

    public SandboxStateUnreadable(String vendor, Path file, String reason, Throwable cause) {
        super("cannot read the " + vendor + " sandbox's state file " + file + ": " + reason, cause);
        this.file = Objects.requireNonNull(file, "file is required");
    }

    public Path file() {
        return file;
    }
}
