package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cost correction read back (Foodics): the adjustment carrying the run's key, and each of its items' cost now
 * against the cost it set — or, once the run was reverted, against the cost it replaced.
 *
 * @param adjustment the adjustment read back (empty when a revert deleted the draft)
 * @param status     the adjustment's status (empty when it is gone)
 * @param reverted   the run was reverted: items are expected at their previous costs
 */
public record CostsVerifyReport(CountReference reference, Optional<CostAdjustmentId> adjustment,
                                Optional<CostAdjustmentStatus> status, Optional<LocalDate> businessDate,
                                boolean reverted, List<CostCheck> items, List<String> notes) implements VerifyResult {
    public CostsVerifyReport {
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(adjustment, "adjustment is required (may be empty)");
        Objects.requireNonNull(status, "status is required (may be empty)");
        Objects.requireNonNull(businessDate, "businessDate is required (may be empty)");
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    public boolean matches() {
        return items.stream().allMatch(i -> i.drift() == Drift.MATCHES);
    }
}
