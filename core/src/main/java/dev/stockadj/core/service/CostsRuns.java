package dev.stockadj.core.service;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.ReadUnitCostsPort;
import dev.stockadj.core.port.out.VendorPorts;

import java.util.Optional;

/**
 * Finds the cost adjustment a costs run made, by the name a person gives it: the key {@code costs apply} printed
 * ({@code sa1-…}, which the adjustment carries in its reference or notes), or the adjustment's own id. Its revert is
 * journalled under the key it carries, so verify and revert find each other whichever name was given.
 */
final class CostsRuns {
    private final CostAdjustmentPort costs;

    CostsRuns(CostAdjustmentPort costs) {
        this.costs = costs;
    }

    Optional<CostAdjustment> find(CountReference reference) {
        Optional<IdempotencyKey> key = key(reference);
        if (key.isPresent()) {
            return costs.list(CostAdjustmentFilter.none().withReference(key.get().value())).stream()
                    .filter(a -> CostDraftDeletion.carries(a, key.get())).findFirst();
        }
        return costs.get(new CostAdjustmentId(reference.value()));
    }

    /** The key the adjustment carries, which names its run in the journal. */
    static Optional<IdempotencyKey> keyOf(CostAdjustment adjustment) {
        return adjustment.reference().flatMap(IdempotencyKey::findIn).or(() -> IdempotencyKey.findIn(adjustment.notes()));
    }

    /** The reference its revert is journalled under: the key it carries, else the name given. */
    static CountReference journalled(CountReference given, Optional<CostAdjustment> adjustment) {
        return adjustment.flatMap(CostsRuns::keyOf).map(k -> new CountReference(k.value())).orElse(given);
    }

    static Optional<IdempotencyKey> key(CountReference reference) {
        try {
            return Optional.of(new IdempotencyKey(reference.value()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The cost adjustments of {@code vendor}, which verify and revert of a costs run read.
     *
     * @throws IllegalArgumentException when it keeps none: its counts are verified and reverted as counts
     */
    static CostAdjustmentPort adjustments(VendorPorts vendor) {
        return vendor.costs().orElseThrow(() -> new IllegalArgumentException(vendor.capabilities().vendor()
                + " keeps no cost adjustments: verify and revert its counts with VerifyCountService and"
                + " RevertCountService"));
    }

    /**
     * What each item of {@code vendor} costs now: verify checks a correction against it, revert finds what moved.
     *
     * @throws IllegalArgumentException when the vendor does not say it, so neither could be told honestly
     */
    static ReadUnitCostsPort unitCosts(VendorPorts vendor) {
        return vendor.unitCosts().orElseThrow(() -> new IllegalArgumentException(vendor.capabilities().vendor()
                + " says no item's cost now: a costs run cannot be verified or reverted against it"));
    }
}
