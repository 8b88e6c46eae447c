package dev.stockadj.costadj;

import dev.stockadj.core.model.CostAdjustment;
import dev.stockadj.core.model.CostAdjustmentDraft;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.CostAdjustmentItem;
import dev.stockadj.core.model.CostAdjustmentStatus;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.costadj.dto.CostAdjustmentRead;
import dev.stockadj.costadj.dto.CostAdjustmentWrite;
import dev.stockadj.costadj.dto.ItemCost;
import dev.stockadj.costadj.dto.PivotItem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Domain ↔ Foodics JSON for cost adjustments. */
final class DtoMapper {
    static final int DRAFT = 1;
    static final int CLOSED = 2;

    private DtoMapper() {
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
        try {
            if (read.branch() == null || read.branch().id() == null) {
                throw new VendorProtocolError("Foodics answered a cost adjustment without its branch", null);
            }
            List<CostAdjustmentItem> items = read.items() == null ? List.of()
                    : read.items().stream().map(DtoMapper::item).toList();
            return new CostAdjustment(new CostAdjustmentId(read.id()), status(read.status()),
                    new LocationId(read.branch().id()),
                    read.businessDate() == null ? null : LocalDate.parse(read.businessDate()),
                    Optional.ofNullable(read.reference()), read.notes(), items);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new VendorProtocolError("Foodics answered a cost adjustment that cannot be read: " + e.getMessage(),
                    null);
        }
    }

    static int code(CostAdjustmentStatus status) {
        return status == CostAdjustmentStatus.CLOSED ? CLOSED : DRAFT;
    }

    static CostAdjustmentStatus status(Integer code) {
        if (code == null || code != DRAFT && code != CLOSED) {
            throw new VendorProtocolError("Foodics answered an unknown cost adjustment status " + code, null);
        }
        return code == CLOSED ? CostAdjustmentStatus.CLOSED : CostAdjustmentStatus.DRAFT;
    }

    private static CostAdjustmentItem item(PivotItem item) {
        if (item.pivot() == null || item.pivot().costPerUnit() == null) {
            throw new VendorProtocolError("Foodics answered an item without pivot.cost_per_unit", null);
        }
        return new CostAdjustmentItem(new ItemId(item.id()), new UnitCost(item.pivot().costPerUnit()),
                Optional.ofNullable(item.pivot().previousCostPerUnit()).map(UnitCost::new));
    }
}
