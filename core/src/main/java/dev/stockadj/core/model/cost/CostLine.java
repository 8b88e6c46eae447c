package dev.stockadj.core.model.cost;

import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.UnitCost;

import java.util.Objects;

/** One line of a costs file: an item and its new cost per unit. */
public record CostLine(int lineNo, ItemRef item, UnitCost newCost) {
    public CostLine {
        if (lineNo < 1) {
            throw new IllegalArgumentException("line number must be 1 or more: " + lineNo);
        }
        Objects.requireNonNull(item, "item is required");
        Objects.requireNonNull(newCost, "new cost is required");
    }
}
