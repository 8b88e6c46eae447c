package dev.stockadj.core.service;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.port.in.ManageCostAdjustmentsUseCase;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.VendorNotFound;

import java.util.List;
import java.util.Optional;

/** Lists, shows, edits, closes and deletes cost adjustments through the vendor. */
public final class ManageCostAdjustmentsService implements ManageCostAdjustmentsUseCase {
    private final CostAdjustmentPort costs;

    public ManageCostAdjustmentsService(CostAdjustmentPort costs) {
        this.costs = costs;
    }

    @Override
    public List<CostAdjustment> list(CostAdjustmentFilter filter) {
        return costs.list(filter);
    }

    @Override
    public Optional<CostAdjustment> show(CostAdjustmentId id) {
        return costs.get(id);
    }

    @Override
    public CostAdjustment updateDraft(CostAdjustmentId id, List<CostItem> items) {
        CostAdjustment current = costs.get(id)
                .orElseThrow(() -> new VendorNotFound("no cost adjustment " + id));
        return costs.update(id, current.toDraft().withItems(items));
    }

    @Override
    public CostAdjustment close(CostAdjustmentId id) {
        return costs.close(id);
    }

    @Override
    public void delete(CostAdjustmentId id) {
        costs.delete(id);
    }
}
