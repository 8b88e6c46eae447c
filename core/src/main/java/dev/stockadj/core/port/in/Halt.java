package dev.stockadj.core.port.in;

import java.util.Objects;

/** Why an apply stopped before every document was settled; documents not reached stay PLANNED. */
public record Halt(Reason reason, String message) {
    public enum Reason {
        /** The vendor refused the credentials or the permission (exit 4). */
        AUTH_FAILED,
        /** The vendor could not be reached, or kept rate-limiting; nothing in doubt (exit 3). */
        UNREACHABLE,
        /** A request may have arrived; re-running resolves it before re-sending (exit 3). */
        UNCERTAIN
    }

    public Halt {
        Objects.requireNonNull(reason, "reason is required");
        Objects.requireNonNull(message, "message is required");
    }
}
