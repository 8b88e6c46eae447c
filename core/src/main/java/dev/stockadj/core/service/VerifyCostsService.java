package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentItem;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.in.CostCheck;
import dev.stockadj.core.port.in.CostsVerifyReport;
import dev.stockadj.core.port.in.Drift;
import dev.stockadj.core.port.in.UnknownCount;
import dev.stockadj.core.port.in.VerifyCountUseCase;
import dev.stockadj.core.port.in.VerifyResult;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.ReadUnitCostsPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import dev.stockadj.core.port.out.VendorPorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a cost correction (Foodics) took effect: reads the adjustment back by the run's key (or its id) and each of
 * its items' cost now at the branch, in one paged read. A draft has not taken effect (never reached); a cost another
 * adjustment changed since moved. Once the run is reverted, each item is expected back at the cost the revert set.
 */
public final class VerifyCostsService implements VerifyCountUseCase {
    private final Destination destination;
    private final CostAdjustmentPort costs;
    private final ReadUnitCostsPort current;
    private final RevertJournalPort reverts;

    /**
     * Verifies costs runs at {@code vendor}, which keeps cost adjustments and says each item's cost now.
     *
     * @throws IllegalArgumentException when it does not (a vendor of counts is verified by {@link VerifyCountService})
     */
    public VerifyCostsService(VendorPorts vendor, RevertJournalPort reverts) {
        this.destination = vendor.destination();
        this.costs = CostsRuns.adjustments(vendor);
        this.current = CostsRuns.unitCosts(vendor);
        this.reverts = reverts;
    }

    @Override
    public VerifyResult verify(CountReference reference) {
        Optional<CostAdjustment> found = new CostsRuns(costs).find(reference);
        CountReference journalled = CostsRuns.journalled(reference, found);
        Optional<RevertPlan> revert = reverts.revertPlan(journalled, destination);
        boolean reverted = revert.isPresent() && revert.get().steps().stream().allMatch(s ->
                reverts.step(s.key()).filter(e -> e.state() == DocumentState.APPLIED).isPresent());
        if (found.isEmpty()) {
            if (reverted) {
                return new CostsVerifyReport(journalled, Optional.empty(), Optional.empty(), Optional.empty(), true,
                        List.of(), List.of("the draft was deleted by stockadj revert: nothing of it is left to check"));
            }
            return new UnknownCount(reference, "no cost adjustment " + (CostsRuns.key(reference).isPresent()
                    ? "carrying " : "") + reference + " at " + destination);
        }
        CostAdjustment adjustment = found.get();
        Map<ItemId, UnitCost> now = current.costs(adjustment.branch(), adjustment.items().stream()
                .map(CostAdjustmentItem::item).collect(Collectors.toSet()));
        Map<ItemId, UnitCost> restored = reverted ? restored(revert.get()) : Map.of();
        List<CostCheck> checks = new ArrayList<>();
        for (CostAdjustmentItem item : adjustment.items()) {
            UnitCost expected = restored.getOrDefault(item.item(), item.costPerUnit());
            checks.add(check(item.item(), expected, Optional.ofNullable(now.get(item.item())), adjustment, reverted));
        }
        List<String> notes = revert.isPresent() && !reverted
                ? List.of("the revert is not finished: re-run stockadj revert " + reference) : List.of();
        return new CostsVerifyReport(journalled, Optional.of(adjustment.id()), Optional.of(adjustment.status()),
                Optional.of(adjustment.businessDate()), reverted, checks, notes);
    }

    private static CostCheck check(ItemId item, UnitCost expected, Optional<UnitCost> found, CostAdjustment adjustment,
                                   boolean reverted) {
        if (found.isPresent() && found.get().value().compareTo(expected.value()) == 0) {
            return new CostCheck(item, expected, found, Drift.MATCHES, "");
        }
        if (found.isEmpty()) {
            return new CostCheck(item, expected, found, Drift.NEVER_REACHED, "the vendor lists no cost for it at branch "
                    + adjustment.branch());
        }
        if (!reverted && adjustment.status() == CostAdjustmentStatus.DRAFT) {
            return new CostCheck(item, expected, found, Drift.NEVER_REACHED, "cost adjustment " + adjustment.id()
                    + " is a draft: its costs take effect when it is closed (stockadj costs close " + adjustment.id()
                    + ")");
        }
        return new CostCheck(item, expected, found, Drift.MOVED_SINCE, (reverted ? "restored by the revert"
                : "set by cost adjustment " + adjustment.id()) + "; changed since (another cost adjustment)");
    }

    private static Map<ItemId, UnitCost> restored(RevertPlan revert) {
        return revert.steps().stream().map(s -> s.undo()).filter(Undo.RestoreCosts.class::isInstance)
                .flatMap(u -> ((Undo.RestoreCosts) u).draft().items().stream())
                .collect(Collectors.toMap(CostItem::item, CostItem::costPerUnit, (a, b) -> b));
    }
}
