package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostLine;

import java.util.List;

/**
 * Replaces the items of a draft cost adjustment (Foodics {@code PUT}), after the checks {@code costs apply} makes
 * of a costs file; a closed adjustment is refused with the reason before anything is sent.
 */
public interface UpdateDraftCostsUseCase {
    CostUpdateResult update(CostAdjustmentId id, List<CostLine> lines);
}
