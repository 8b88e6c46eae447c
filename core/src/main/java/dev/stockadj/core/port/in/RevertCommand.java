package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.plan.ConflictPolicy;

import java.util.Objects;

/**
 * Revert one count.
 *
 * @param policy   what to do with a position that moved since the count was applied, exactly as apply does with
 *                 stock that moved while counting ({@code fail}: report it and send nothing)
 * @param planOnly show the steps without freezing or sending anything
 */
public record RevertCommand(CountReference reference, ConflictPolicy policy, boolean planOnly) {
    public RevertCommand {
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(policy, "policy is required");
    }
}
