package dev.stockadj.core.port.in;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.Money;

import java.util.List;

/**
 * What a cost correction did.
 *
 * @param alreadyApplied an adjustment with this key already existed; nothing new was created
 * @param revaluation    the sum of the items' rounded revaluations (items without on-hand count zero)
 */
public record CostCorrectionReport(IdempotencyKey key, CostAdjustment adjustment, List<CostChange> changes,
                                   Money revaluation, boolean alreadyApplied) implements CostCorrectionResult {
    public CostCorrectionReport {
        changes = List.copyOf(changes);
    }
}
