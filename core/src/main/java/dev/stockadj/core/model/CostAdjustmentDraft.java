package dev.stockadj.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What is written to create or (wholly) replace a cost adjustment. */
public record CostAdjustmentDraft(
        LocationId branch,
        LocalDate businessDate,
        CostAdjustmentStatus status,
        String notes,
        Optional<IdempotencyKey> reference,
        List<CostItem> items) {

    public CostAdjustmentDraft {
        Objects.requireNonNull(branch, "branch is required");
        Objects.requireNonNull(businessDate, "business date is required");
        Objects.requireNonNull(status, "status is required");
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(reference, "reference is required (may be empty)");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a cost adjustment has at least one item");
        }
    }

    public CostAdjustmentDraft withStatus(CostAdjustmentStatus newStatus) {
        return new CostAdjustmentDraft(branch, businessDate, newStatus, notes, reference, items);
    }
}
