package dev.stockadj.core.testing;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.port.out.CostAdjustmentPort;

import java.util.List;
import java.util.Optional;

/**
 * A vendor's cost adjustments passed through unchanged, for a test to override the one call it wants to watch or
 * break (drop an answer, count the creates) without forwarding every other method by hand.
 */
public class ForwardingCostAdjustments implements CostAdjustmentPort {
    private final CostAdjustmentPort costs;

    public ForwardingCostAdjustments(CostAdjustmentPort costs) {
        this.costs = costs;
    }

    @Override
    public CostAdjustment create(CostAdjustmentDraft draft) {
        return costs.create(draft);
    }

    @Override
    public Optional<CostAdjustment> get(CostAdjustmentId id) {
        return costs.get(id);
    }

    @Override
    public List<CostAdjustment> list(CostAdjustmentFilter filter) {
        return costs.list(filter);
    }

    @Override
    public CostAdjustment update(CostAdjustmentId id, CostAdjustmentDraft draft) {
        return costs.update(id, draft);
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
