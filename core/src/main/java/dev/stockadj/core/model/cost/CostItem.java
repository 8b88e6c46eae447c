package dev.stockadj.core.model.cost;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.UnitCost;

import java.util.Objects;

/** An item and the cost per unit to set. */
public record CostItem(ItemId item, UnitCost costPerUnit) {
    public CostItem {
        Objects.requireNonNull(item, "item is required");
        Objects.requireNonNull(costPerUnit, "cost per unit is required");
    }
}
