package dev.stockadj.costadj;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustmentItem;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.costadj.dto.CostAdjustmentRead;
import dev.stockadj.costadj.dto.CostAdjustmentWrite;
import dev.stockadj.costadj.dto.ItemCost;
import dev.stockadj.costadj.dto.Ref;
import dev.stockadj.costadj.dto.PivotItem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Domain ↔ Foodics JSON for cost adjustments. */
final class FoodicsMapper {
    static final int DRAFT = 1;
    static final int CLOSED = 2;

    private FoodicsMapper() {
    }

    /**
     * The write body of a draft. The key goes into {@code reference} and is also appended to
     * {@code notes} (once), so it survives should Foodics number the reference itself.
     * {@code poster_id} is the creator when the draft closes the adjustment.
     */
    static CostAdjustmentWrite toWrite(CostAdjustmentDraft draft, UserId creator) {
        int status = code(draft.status());
        return new CostAdjustmentWrite(
                draft.businessDate().toString(),
                status,
                draft.reference().orElse(null),
                notesWithKey(draft.notes(), draft.reference().flatMap(IdempotencyKey::findIn)),
                draft.branch().value(),
                creator.value(),
                status == CLOSED ? creator.value() : null,
                draft.items().stream().map(i -> new ItemCost(i.item().value(), i.costPerUnit().value())).toList());
    }

    static String notesWithKey(String notes, Optional<IdempotencyKey> key) {
        if (key.isEmpty() || notes.contains(key.get().value())) {
            return notes;
        }
        return notes.isBlank() ? key.get().value() : notes + " [" + key.get().value() + "]";
    }

    static CostAdjustment toDomain(CostAdjustmentRead read) {
        return toDomain(read, Known.NOTHING);
    }

    /**
     * Reads an answer; where a field is absent or unreadable, what the adapter itself knows (the
     * draft it wrote, the branch it searched) stands in. The branch, the status and each item's
     * cost are needed: with neither the answer nor {@code known} giving them, the answer is a
     * protocol error. {@code previous_cost_per_unit} may be absent (a draft has none).
     */
    static CostAdjustment toDomain(CostAdjustmentRead read, Known known) {
        try {
            LocationId branch = Optional.ofNullable(read.branch()).map(Ref::id).filter(id -> !id.isBlank())
                    .map(LocationId::new).or(known::branch)
                    .orElseThrow(() -> new VendorProtocolError("Foodics answered a cost adjustment without its branch",
                            null));
            CostAdjustmentStatus status = Lenient.status(read.status())
                    .or(() -> known.draft().map(CostAdjustmentDraft::status))
                    .orElseThrow(() -> new VendorProtocolError("Foodics answered an unknown cost adjustment status "
                            + Lenient.shown(read.status()), null));
            List<CostAdjustmentItem> items = read.items() != null
                    ? read.items().stream().map(i -> item(i, known)).toList()
                    : known.draft().map(d -> d.items().stream()
                            .map(i -> new CostAdjustmentItem(i.item(), i.costPerUnit(), Optional.empty())).toList())
                            .orElse(List.of());
            return new CostAdjustment(new CostAdjustmentId(read.id()), status, branch,
                    businessDate(read.businessDate()).orElseGet(() -> known.draft()
                            .map(CostAdjustmentDraft::businessDate).orElse(null)),
                    Optional.ofNullable(read.reference()), read.notes(), items);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new VendorProtocolError("Foodics answered a cost adjustment that cannot be read: " + e.getMessage(),
                    null);
        }
    }

    /** YYYY-MM-DD [seed document]; a timestamp's date part is taken too; anything else is unknown. */
    private static Optional<LocalDate> businessDate(String text) {
        if (text == null || text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static int code(CostAdjustmentStatus status) {
        return status == CostAdjustmentStatus.CLOSED ? CLOSED : DRAFT;
    }

    private static CostAdjustmentItem item(PivotItem item, Known known) {
        ItemId id = new ItemId(item.id());
        Optional<UnitCost> cost = Optional.ofNullable(item.pivot()).flatMap(p -> Lenient.decimal(p.costPerUnit()))
                .map(UnitCost::new)
                .or(() -> known.draft().flatMap(d -> d.items().stream().filter(i -> i.item().equals(id)).findFirst())
                        .map(CostItem::costPerUnit));
        if (cost.isEmpty()) {
            throw new VendorProtocolError("Foodics answered an item without pivot.cost_per_unit", null);
        }
        Optional<UnitCost> previous = Optional.ofNullable(item.pivot())
                .flatMap(p -> Lenient.decimal(p.previousCostPerUnit())).filter(d -> d.signum() >= 0).map(UnitCost::new);
        return new CostAdjustmentItem(id, cost.get(), previous);
    }

    /**
     * What the adapter knows of an adjustment besides the answer: the branch it asked within, and
     * the draft it wrote.
     */
    record Known(Optional<LocationId> branch, Optional<CostAdjustmentDraft> draft) {
        static final Known NOTHING = new Known(Optional.empty(), Optional.empty());

        static Known written(CostAdjustmentDraft draft) {
            return new Known(Optional.of(draft.branch()), Optional.of(draft));
        }

        static Known within(Optional<LocationId> branch) {
            return new Known(branch, Optional.empty());
        }
    }
}
