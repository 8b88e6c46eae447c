package dev.stockadj.core.port.in;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.UnitCost;

import java.util.Objects;
import java.util.Optional;

/**
 * One item of a cost correction as the vendor costs it now.
 *
 * @param found empty when the vendor does not say the item's cost at the branch
 */
public record CostCheck(ItemId item, UnitCost expected, Optional<UnitCost> found, Drift drift, String why) {
    public CostCheck {
        Objects.requireNonNull(item, "item is required");
        Objects.requireNonNull(expected, "expected is required");
        Objects.requireNonNull(found, "found is required (may be empty)");
        Objects.requireNonNull(drift, "drift is required");
        why = why == null ? "" : why;
    }
}
