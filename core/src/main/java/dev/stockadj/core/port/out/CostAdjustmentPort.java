package dev.stockadj.core.port.out;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;

import java.util.List;
import java.util.Optional;

/**
 * The whole lifecycle of a vendor's cost adjustments (Foodics): draft → closed, with the previous
 * cost per unit reported once closed.
 *
 * @throws VendorFailure every way a call can fail; {@link VendorNotFound} for an unknown id
 */
public interface CostAdjustmentPort {
    CostAdjustment create(CostAdjustmentDraft draft);

    Optional<CostAdjustment> get(CostAdjustmentId id);

    /** Every adjustment matching the filter, following the vendor's paging to the last page. */
    List<CostAdjustment> list(CostAdjustmentFilter filter);

    /** Replaces a draft wholly; a closed adjustment cannot be updated. */
    CostAdjustment update(CostAdjustmentId id, CostAdjustmentDraft draft);

    /** Closes a draft: the items' costs take effect and the previous costs are recorded. */
    CostAdjustment close(CostAdjustmentId id);

    void delete(CostAdjustmentId id);
}
