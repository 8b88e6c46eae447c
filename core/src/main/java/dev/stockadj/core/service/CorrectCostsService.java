package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.cost.CostAdjustmentItem;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.CostChange;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostCorrectionResult;
import dev.stockadj.core.port.in.CorrectCostsUseCase;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.port.out.VerifyReferencesPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrects unit costs exactly once: validates every line, checks the branch and resolves SKUs
 * (every problem reported together), derives a key from the content, and creates the adjustment
 * only if none carrying that key exists at the vendor (a re-run after a timeout finds the first
 * one). The key travels in the adjustment's reference; where the vendor may replace that, its
 * adapter keeps a copy in the notes. Reports previous cost, new cost and revaluation =
 * on-hand × (new − previous), rounded once per item.
 */
public final class CorrectCostsService implements CorrectCostsUseCase {
    private final VendorCapabilities capabilities;
    private final ResolveItemsPort items;
    private final ReadBookQuantitiesPort onHand;
    private final VerifyReferencesPort references;
    private final Optional<CostAdjustmentPort> adjustments;

    /** Corrects costs at {@code vendor}; one that keeps no cost adjustments has every correction refused. */
    public CorrectCostsService(VendorPorts vendor) {
        this.capabilities = vendor.capabilities();
        this.items = vendor.items();
        this.onHand = vendor.books();
        this.references = vendor.references();
        this.adjustments = vendor.costs();
    }

    @Override
    public CostCorrectionResult correct(CostCorrectionCommand command) {
        if (adjustments.isEmpty()) {
            return new Refused(capabilities.vendor() + " takes no cost-only corrections:"
                    + " put unit_cost on a stock count instead");
        }
        CostAdjustmentPort costs = adjustments.get();
        List<Problem> problems = new ArrayList<>();
        Map<ItemId, List<CostLine>> byItem = CostLines.checked(command.lines(), capabilities, items, problems);
        problems.addAll(references.verify(command.branch(), Optional.empty()));
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        List<CostItem> costItems = CostLines.items(byItem);
        IdempotencyKey key = Keys.costCorrection(capabilities.vendor(), command.branch(), command.businessDate(),
                command.notes(), command.draft(), costItems);
        BookQuantities levels = onHand.read(command.branch(), byItem.keySet());
        Optional<CostAdjustment> existing = costs.list(CostAdjustmentFilter.none().withReference(key.value())
                .withBranch(command.branch()).withBusinessDate(command.businessDate())).stream().findFirst();
        CostAdjustment adjustment = existing.orElseGet(() -> costs.create(new CostAdjustmentDraft(command.branch(),
                command.businessDate(), command.draft() ? CostAdjustmentStatus.DRAFT : CostAdjustmentStatus.CLOSED,
                command.notes(), Optional.of(key.value()), costItems)));
        return report(key, adjustment, byItem, levels, command, existing.isPresent());
    }

    private CostCorrectionReport report(IdempotencyKey key, CostAdjustment adjustment,
                                        Map<ItemId, List<CostLine>> byItem, BookQuantities levels,
                                        CostCorrectionCommand command, boolean alreadyApplied) {
        Money total = Money.zero(command.currency());
        List<CostChange> changes = new ArrayList<>();
        for (CostAdjustmentItem item : adjustment.items()) {
            Position position = Position.of(item.item());
            Optional<Quantity> quantity = Optional.ofNullable(levels.quantities().get(position));
            Optional<UnitCost> previous = item.previousCostPerUnit();
            Optional<Money> revaluation = quantity.flatMap(q -> previous.map(p -> Money.rounded(
                    q.value().multiply(item.costPerUnit().value().subtract(p.value())), command.currency())));
            if (revaluation.isPresent()) {
                total = total.plus(revaluation.get());
            }
            List<Integer> lines = byItem.getOrDefault(item.item(), List.of()).stream().map(CostLine::lineNo).toList();
            changes.add(new CostChange(item.item(), lines, previous, item.costPerUnit(), quantity, revaluation));
        }
        return new CostCorrectionReport(key, adjustment, changes, total, alreadyApplied);
    }
}
