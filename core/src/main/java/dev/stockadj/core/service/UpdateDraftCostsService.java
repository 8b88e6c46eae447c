package dev.stockadj.core.service;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.CostUpdateResult;
import dev.stockadj.core.port.in.DraftUpdated;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.in.UpdateDraftCostsUseCase;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VendorPorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces a draft's items from a costs file, with the checks {@code costs apply} makes (no lines, more decimal
 * places than the vendor keeps, unknown SKUs, one item given two costs — every problem at once), then reads the
 * adjustment: an unknown one, or a closed one (its costs took effect and cannot be changed), is refused with the
 * reason. Only then is the draft written back whole ({@code PUT}), its branch, date, notes and reference kept.
 */
public final class UpdateDraftCostsService implements UpdateDraftCostsUseCase {
    private final VendorCapabilities capabilities;
    private final ResolveItemsPort items;
    private final Optional<CostAdjustmentPort> adjustments;

    /** Updates drafts at {@code vendor}; one that keeps no cost adjustments has every update refused. */
    public UpdateDraftCostsService(VendorPorts vendor) {
        this.capabilities = vendor.capabilities();
        this.items = vendor.items();
        this.adjustments = vendor.costs();
    }

    @Override
    public CostUpdateResult update(CostAdjustmentId id, List<CostLine> lines) {
        if (adjustments.isEmpty()) {
            return new Refused(capabilities.vendor() + " keeps no cost adjustments (only Foodics does); nothing was"
                    + " asked of it");
        }
        CostAdjustmentPort costs = adjustments.get();
        List<Problem> problems = new ArrayList<>();
        Map<ItemId, List<CostLine>> byItem = CostLines.checked(lines, capabilities, items, problems);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        Optional<CostAdjustment> current = costs.get(id);
        if (current.isEmpty()) {
            return new Refused(capabilities.vendor() + " has no cost adjustment " + id + "; nothing was sent");
        }
        if (current.get().status() == CostAdjustmentStatus.CLOSED) {
            return new Refused("cost adjustment " + id + " is closed: its costs took effect and " + capabilities.vendor()
                    + " keeps it as it is; correct the costs with a new costs apply (or revert it). Nothing was sent");
        }
        List<CostItem> replaced = CostLines.items(byItem);
        return new DraftUpdated(current.get(), costs.update(id, current.get().toDraft().withItems(replaced)));
    }
}
