package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentItem;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.plan.Conflict;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.model.revert.UndoStep;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertConflicted;
import dev.stockadj.core.port.in.RevertCountUseCase;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.UnknownCount;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.ReadUnitCostsPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import dev.stockadj.core.port.out.VendorPorts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Undoes a cost correction (Foodics) exactly once: a draft is deleted; a closed adjustment is reversed by a new
 * closed one restoring each item's previous cost, which Foodics reported when it closed. An item whose cost moved
 * since (another adjustment) is a conflict, under the apply's policies ({@code keep-counted}: restore it all the
 * same; {@code keep-difference}: take the correction's change off the cost now). The one step is frozen and
 * journalled under the key the run carries, like an apply's documents.
 */
public final class RevertCostsService implements RevertCountUseCase {
    private final VendorName vendor;
    private final Destination destination;
    private final CostAdjustmentPort costs;
    private final ReadUnitCostsPort current;
    private final ClockPort clock;
    private final Duration sendingLease;
    private final RevertRun run;

    /**
     * Reverts costs runs at {@code vendor}, which keeps cost adjustments and says each item's cost now.
     *
     * @param sendingLease how long a step found SENDING is taken to belong to a live process sharing the journal
     * @throws IllegalArgumentException when it does not (a vendor of counts is reverted by {@link RevertCountService})
     */
    public RevertCostsService(VendorPorts vendor, RevertJournalPort reverts, ClockPort clock, Duration sendingLease) {
        this.vendor = vendor.capabilities().vendor();
        this.destination = vendor.destination();
        this.costs = CostsRuns.adjustments(vendor);
        this.current = CostsRuns.unitCosts(vendor);
        this.clock = clock;
        this.sendingLease = sendingLease;
        this.run = new RevertRun(reverts, clock);
    }

    @Override
    public RevertResult revert(RevertCommand command) {
        Optional<CostAdjustment> found = new CostsRuns(costs).find(command.reference());
        CountReference reference = CostsRuns.journalled(command.reference(), found);
        Optional<RevertPlan> frozen = run.existing(reference, destination);
        if (frozen.isPresent()) {
            return command.planOnly() ? run.shown(frozen.get()) : take(frozen.get());
        }
        if (found.isEmpty()) {
            return new UnknownCount(command.reference(), vendor + " has no cost adjustment "
                    + (CostsRuns.key(command.reference()).isPresent() ? "carrying " : "") + command.reference());
        }
        CostAdjustment adjustment = found.get();
        Optional<IdempotencyKey> key = CostsRuns.keyOf(adjustment);
        if (key.isEmpty()) {
            return new Refused("cost adjustment " + adjustment.id() + " carries no stockadj key, so stockadj did not"
                    + " make it: " + (adjustment.status() == CostAdjustmentStatus.DRAFT
                    ? "delete it with stockadj costs delete " + adjustment.id() : "correct its costs with costs apply"));
        }
        IdempotencyKey stepKey = RevertKeys.step(reference, vendor, destination, 0,
                adjustment.status() + " " + adjustment.id());
        Undo undo;
        if (adjustment.status() == CostAdjustmentStatus.DRAFT) {
            undo = new Undo.Delete(key.get(), new VendorDocumentId(adjustment.id().value()));
        } else {
            Restoring restoring = restoring(adjustment, command.policy(), stepKey);
            if (restoring.instead().isPresent()) {
                return restoring.instead().get();
            }
            undo = restoring.undo().orElseThrow();
        }
        RevertPlan revert = new RevertPlan(reference, vendor, destination, List.of(new UndoStep(0, stepKey, undo)));
        return command.planOnly() ? run.shown(revert) : take(run.freeze(revert));
    }

    /** The restoring adjustment, or the result standing instead of it (conflicts, problems, a refusal). */
    private record Restoring(Optional<Undo.RestoreCosts> undo, Optional<RevertResult> instead) {
        static Restoring instead(RevertResult result) {
            return new Restoring(Optional.empty(), Optional.of(result));
        }
    }

    private Restoring restoring(CostAdjustment adjustment, ConflictPolicy policy, IdempotencyKey stepKey) {
        List<ItemId> unknown = adjustment.items().stream().filter(i -> i.previousCostPerUnit().isEmpty())
                .map(CostAdjustmentItem::item).toList();
        if (!unknown.isEmpty()) {
            return Restoring.instead(new Refused(vendor + " reports no previous cost for item(s) " + unknown
                    + " of cost adjustment " + adjustment.id() + ", so they cannot be restored; set them with costs"
                    + " apply"));
        }
        Map<ItemId, UnitCost> now = current.costs(adjustment.branch(), adjustment.items().stream()
                .map(CostAdjustmentItem::item).collect(Collectors.toSet()));
        List<Conflict> conflicts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<CostItem> restored = new ArrayList<>();
        for (CostAdjustmentItem item : adjustment.items()) {
            BigDecimal previous = item.previousCostPerUnit().orElseThrow().value();
            BigDecimal set = item.costPerUnit().value();
            BigDecimal target = previous;
            Optional<UnitCost> cost = Optional.ofNullable(now.get(item.item()));
            if (cost.isPresent() && cost.get().value().compareTo(set) != 0) {
                conflicts.add(new Conflict(Position.of(item.item()), List.of(), new Quantity(set),
                        new Quantity(cost.get().value())));
                if (policy == ConflictPolicy.KEEP_DIFFERENCE) {
                    target = cost.get().value().subtract(set.subtract(previous));
                }
            }
            if (target.signum() < 0) {
                problems.add(Problem.ofInput("cost_per_unit", "item " + item.item() + ": taking the correction's"
                        + " change off its cost now would leave " + target.toPlainString() + "; restore the previous"
                        + " cost instead (keep-counted)"));
                continue;
            }
            restored.add(new CostItem(item.item(), new UnitCost(target)));
        }
        if (policy == ConflictPolicy.FAIL && !conflicts.isEmpty()) {
            return Restoring.instead(new RevertConflicted(conflicts));
        }
        if (!problems.isEmpty()) {
            return Restoring.instead(new Invalid(problems));
        }
        CostAdjustmentDraft draft = new CostAdjustmentDraft(adjustment.branch(),
                clock.now().atZone(ZoneOffset.UTC).toLocalDate(), CostAdjustmentStatus.CLOSED,
                "stockadj revert of " + adjustment.id(), Optional.of(stepKey.value()), restored);
        return new Restoring(Optional.of(new Undo.RestoreCosts(adjustment.id(), draft)), Optional.empty());
    }

    private RevertReport take(RevertPlan revert) {
        UndoRun undos = new UndoRun(run.steps(), clock, sendingLease);
        return run.run(revert, (step, entry) -> undos.settle(entry, step.undo() instanceof Undo.RestoreCosts restore
                ? new RestoreCostsAction(restore, costs)
                : new DeleteAction((Undo.Delete) step.undo(), new CostDraftDeletion(costs))));
    }
}
