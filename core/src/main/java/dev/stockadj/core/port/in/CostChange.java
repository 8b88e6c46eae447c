package dev.stockadj.core.port.in;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;

import java.util.List;
import java.util.Optional;

/**
 * One item's cost change: previous cost (once the vendor reports it), new cost, on-hand where
 * known, and revaluation = on-hand × (new − previous), rounded once.
 */
public record CostChange(ItemId item, List<Integer> sourceLines, Optional<UnitCost> previousCost, UnitCost newCost,
                         Optional<Quantity> onHand, Optional<Money> revaluation) {
    public CostChange {
        sourceLines = List.copyOf(sourceLines);
    }
}
