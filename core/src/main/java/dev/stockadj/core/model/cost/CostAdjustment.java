package dev.stockadj.core.model.cost;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.LocationId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A cost adjustment as the vendor stores it. {@code reference} is the vendor's free text. */
public record CostAdjustment(
        CostAdjustmentId id,
        CostAdjustmentStatus status,
        LocationId branch,
        LocalDate businessDate,
        Optional<String> reference,
        String notes,
        List<CostAdjustmentItem> items) {

    public CostAdjustment {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(branch, "branch is required");
        Objects.requireNonNull(reference, "reference is required (may be empty)");
        notes = notes == null ? "" : notes;
        items = List.copyOf(items);
    }

    /**
     * The draft that would write this adjustment back unchanged (a PUT carries the whole object):
     * reference and notes as they are, so a key kept in either, or a reference someone else
     * wrote, survives.
     */
    public CostAdjustmentDraft toDraft() {
        return new CostAdjustmentDraft(branch, businessDate, status, notes, reference,
                items.stream().map(i -> new CostItem(i.item(), i.costPerUnit())).toList());
    }
}
