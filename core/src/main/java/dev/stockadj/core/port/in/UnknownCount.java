package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CountReference;

import java.util.Objects;

/** Nothing was applied under this reference here (no frozen count on this destination, no costs run with this key). */
public record UnknownCount(CountReference reference, String message) implements VerifyResult, RevertResult {
    public UnknownCount {
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(message, "message is required");
    }
}
