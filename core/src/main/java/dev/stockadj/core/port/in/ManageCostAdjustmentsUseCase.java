package dev.stockadj.core.port.in;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostItem;

import java.util.List;
import java.util.Optional;

/** Lists, shows, edits, closes and deletes the vendor's cost adjustments. */
public interface ManageCostAdjustmentsUseCase {
    List<CostAdjustment> list(CostAdjustmentFilter filter);

    Optional<CostAdjustment> show(CostAdjustmentId id);

    /** Replaces a draft's items (a PUT carries the whole object, so the rest is kept as it is). */
    CostAdjustment updateDraft(CostAdjustmentId id, List<CostItem> items);

    CostAdjustment close(CostAdjustmentId id);

    void delete(CostAdjustmentId id);
}
