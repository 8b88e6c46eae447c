package dev.stockadj.core.service;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.DeletePostedDocumentPort;

/** A draft cost adjustment deleted through the vendor's cost adjustments, and looked for by id and key. */
final class CostDraftDeletion implements DeletePostedDocumentPort {
    private final CostAdjustmentPort costs;

    CostDraftDeletion(CostAdjustmentPort costs) {
        this.costs = costs;
    }

    @Override
    public void delete(VendorDocumentId id) {
        costs.delete(new CostAdjustmentId(id.value()));
    }

    @Override
    public boolean holds(VendorDocumentId id, IdempotencyKey key) {
        return costs.get(new CostAdjustmentId(id.value())).filter(adjustment -> carries(adjustment, key)).isPresent();
    }

    static boolean carries(CostAdjustment adjustment, IdempotencyKey key) {
        return adjustment.reference().filter(key.value()::equals).isPresent()
                || IdempotencyKey.findIn(adjustment.notes()).filter(key::equals).isPresent()
                || adjustment.notes().contains(key.value());
    }
}
