package dev.stockadj.core.model.cost;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.UnitCost;

import java.util.Objects;
import java.util.Optional;

/** An item of a stored cost adjustment: its cost per unit and, once known, the cost it replaced. */
public record CostAdjustmentItem(ItemId item, UnitCost costPerUnit, Optional<UnitCost> previousCostPerUnit) {
    public CostAdjustmentItem {
        Objects.requireNonNull(item, "item is required");
        Objects.requireNonNull(costPerUnit, "cost per unit is required");
        Objects.requireNonNull(previousCostPerUnit, "previous cost is required (may be empty)");
    }
}
