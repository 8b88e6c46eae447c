package dev.stockadj.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.model.revert.UndoStep;
import dev.stockadj.core.model.vendor.Destination;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stored form of a {@link RevertPlan}: each step names its {@code kind} ({@code delete}, {@code post},
 * {@code restore_costs}) and carries only that kind's fields; a counter-document is stored as a count's documents are
 * ({@link PlanDto.DocumentDto}), decimals as plain strings, dates ISO-8601.
 */
record RevertDto(@JsonProperty("reference") String reference, @JsonProperty("vendor") String vendor,
                 @JsonProperty("destination") String destination, @JsonProperty("steps") List<StepDto> steps) {

    static RevertDto of(RevertPlan plan) {
        return new RevertDto(plan.reference().value(), plan.vendor().value(), plan.destination().value(),
                plan.steps().stream().map(StepDto::of).toList());
    }

    RevertPlan toPlan() {
        return new RevertPlan(new CountReference(reference), new VendorName(vendor), new Destination(destination),
                steps.stream().map(StepDto::toStep).toList());
    }

    record StepDto(@JsonProperty("index") int index, @JsonProperty("key") String key, @JsonProperty("kind") String kind,
                   @JsonProperty("original") String original, @JsonProperty("vendor_id") String vendorId,
                   @JsonProperty("document") PlanDto.DocumentDto document,
                   @JsonProperty("adjustment") String adjustment, @JsonProperty("draft") DraftDto draft) {

        static StepDto of(UndoStep step) {
            Undo undo = step.undo();
            if (undo instanceof Undo.Delete delete) {
                return new StepDto(step.index(), step.key().value(), "delete", delete.original().value(),
                        delete.vendorId().value(), null, null, null);
            }
            if (undo instanceof Undo.Post post) {
                return new StepDto(step.index(), step.key().value(), "post", null, null,
                        PlanDto.DocumentDto.of(post.document()), null, null);
            }
            Undo.RestoreCosts restore = (Undo.RestoreCosts) undo;
            return new StepDto(step.index(), step.key().value(), "restore_costs", null, null, null,
                    restore.original().value(), DraftDto.of(restore.draft()));
        }

        UndoStep toStep() {
            Undo undo = switch (kind) {
                case "delete" -> new Undo.Delete(new IdempotencyKey(original), new VendorDocumentId(vendorId));
                case "post" -> new Undo.Post(document.toDocument(new ReadValues()));
                case "restore_costs" -> new Undo.RestoreCosts(new CostAdjustmentId(adjustment), draft.toDraft());
                default -> throw new JournalFailure("a stored revert step has an unknown kind: " + kind, null);
            };
            return new UndoStep(index, new IdempotencyKey(key), undo);
        }
    }

    record DraftDto(@JsonProperty("branch") String branch, @JsonProperty("business_date") String businessDate,
                    @JsonProperty("status") CostAdjustmentStatus status, @JsonProperty("notes") String notes,
                    @JsonProperty("reference") String reference, @JsonProperty("items") List<ItemDto> items) {
        static DraftDto of(CostAdjustmentDraft draft) {
            return new DraftDto(draft.branch().value(), draft.businessDate().toString(), draft.status(), draft.notes(),
                    draft.reference().orElse(null), draft.items().stream()
                    .map(i -> new ItemDto(i.item().value(), i.costPerUnit().plain())).toList());
        }

        CostAdjustmentDraft toDraft() {
            return new CostAdjustmentDraft(new LocationId(branch), LocalDate.parse(businessDate), status, notes,
                    Optional.ofNullable(reference), items.stream()
                    .map(i -> new CostItem(new ItemId(i.item()), UnitCost.of(i.costPerUnit()))).toList());
        }
    }

    record ItemDto(@JsonProperty("item") String item, @JsonProperty("cost_per_unit") String costPerUnit) {
    }
}
