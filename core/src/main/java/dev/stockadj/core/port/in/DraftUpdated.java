package dev.stockadj.core.port.in;

import dev.stockadj.core.model.cost.CostAdjustment;

import java.util.Objects;

/** The draft before and after its items were replaced. */
public record DraftUpdated(CostAdjustment before, CostAdjustment after) implements CostUpdateResult {
    public DraftUpdated {
        Objects.requireNonNull(before, "before is required");
        Objects.requireNonNull(after, "after is required");
    }
}
