package dev.stockadj.core.model.cost;

import dev.stockadj.core.model.LocationId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is written to create or (wholly) replace a cost adjustment. {@code reference} is the
 * vendor's free-text reference: the idempotency key for adjustments stockadj creates, and
 * whatever the adjustment had when one is written back, so a replace never erases it.
 */
public record CostAdjustmentDraft(
        LocationId branch,
        LocalDate businessDate,
        CostAdjustmentStatus status,
        String notes,
        Optional<String> reference,
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

    public CostAdjustmentDraft withItems(List<CostItem> newItems) {
        return new CostAdjustmentDraft(branch, businessDate, status, notes, reference, newItems);
    }
}
